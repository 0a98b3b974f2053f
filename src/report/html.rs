//! `report.html`: one self-contained page for people (no script, no network, no
//! external file), readable on a phone. For each article: its summary, its contested
//! groups each drawn as a chart (one row per claim, the interval as a bar, an open
//! bound as an arrow), its findings linked to their sentences; then the per-source
//! table. Every text that comes from an article or the registry is escaped.

use std::fmt::Write as _;
use std::io::Write;
use std::path::PathBuf;

use crate::analysis::contested::write_figure;
use crate::analysis::{Contest, Severity, SourceUse};
use crate::error::{Error, Result};
use crate::model::{Article, Claim, Verdict};

/// Escapes text for HTML content and attribute values.
///
/// ```
/// use crosscheck::report::escape_html;
/// assert_eq!(escape_html("<b>« 1 & 2 »</b>\"'"), "&lt;b&gt;« 1 &amp; 2 »&lt;/b&gt;&quot;&#39;");
/// ```
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_escaped(&mut out, s);
    out
}

/// Appends `s` to `h`, escaped as [`escape_html`] escapes it: the runs between the
/// bytes to escape copied whole.
fn push_escaped(h: &mut String, s: &str) {
    let mut rest = s;
    while let Some(i) = rest
        .bytes()
        .position(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\''))
    {
        // The byte found is ASCII: a char boundary on both sides.
        let (run, from) = rest.split_at(i);
        h.push_str(run);
        h.push_str(match from.as_bytes().first() {
            Some(b'&') => "&amp;",
            Some(b'<') => "&lt;",
            Some(b'>') => "&gt;",
            Some(b'"') => "&quot;",
            _ => "&#39;",
        });
        rest = from.get(1..).unwrap_or_default();
    }
    h.push_str(rest);
}

/// Appends the parts, each escaped, with ` · ` between them.
fn push_escaped_dotted(h: &mut String, parts: &[&str]) {
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            h.push_str(" · ");
        }
        push_escaped(h, part);
    }
}

/// The most findings the page lists per article; findings.csv has them all.
const MAX_FINDINGS: usize = 300;

const STYLE: &str = "
body{font:16px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1d1d1f;background:#fff}
h1{font-size:1.5rem}h2{font-size:1.25rem;border-top:2px solid #ddd;padding-top:1rem;margin-top:2rem}h3{font-size:1.05rem}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;padding:0;list-style:none}.counts li{background:#f2f2f5;border-radius:.4rem;padding:.3rem .6rem}
.contest{border:1px solid #ddd;border-left:.4rem solid #999;border-radius:.4rem;padding:.5rem .8rem;margin:.8rem 0}
.conflict{border-left-color:#c0392b}.divergent{border-left-color:#d68910}.consistent{border-left-color:#27ae60}
.sev{font-weight:600;text-transform:uppercase;font-size:.8rem}.conflict .sev{color:#c0392b}.divergent .sev{color:#b9770e}.consistent .sev{color:#1e8449}
.row{margin:.35rem 0}.row a{color:#1d1d1f;text-decoration:none;font-size:.9rem}.row svg{width:100%;height:.8rem;display:block}
table{border-collapse:collapse;width:100%;font-size:.9rem;display:block;overflow-x:auto}th,td{border-bottom:1px solid #e5e5e5;padding:.25rem .4rem;text-align:left;white-space:nowrap}
th{background:#f7f7f9}td.num{text-align:right}
.sentences li:target{background:#fff3c4}.muted{color:#666;font-size:.85rem;overflow-wrap:anywhere}
";

/// Writes `report.html` for the articles of a run.
///
/// # Errors
/// The writer fails.
pub fn write_html(
    out: &mut dyn Write,
    articles: &[Article],
    contests: &[Vec<Contest>],
    sources: &[SourceUse],
) -> Result<()> {
    let mut h = String::new();
    html_head(&mut h);
    for (n, a) in articles.iter().enumerate() {
        let empty = Vec::new();
        let found = contests.get(n).unwrap_or(&empty);
        article_html(&mut h, n, a, found);
    }
    html_tail(&mut h, sources, None);
    out.write_all(h.as_bytes()).map_err(|source| Error::Io {
        path: PathBuf::from("report.html"),
        source,
    })
}

/// The page's head and title, up to the first article.
pub(crate) fn html_head(h: &mut String) {
    h.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
    h.push_str("<title>crosscheck report</title><style>");
    h.push_str(STYLE);
    h.push_str("</style></head><body>\n<h1>crosscheck report</h1>\n");
}

/// After the articles: a note (how many were left out of the page), the source
/// table, the end of the page.
pub(crate) fn html_tail(h: &mut String, sources: &[SourceUse], note: Option<&str>) {
    if let Some(note) = note {
        let _ = writeln!(h, "<p class=\"muted\">{}</p>", escape_html(note));
    }
    h.push_str("<h2>Sources</h2>\n");
    sources_html(h, sources);
    h.push_str("<p class=\"muted\">Agreement score: the share of a source's comparable figures that agree with an independent source, counted with two extra comparisons scored by its Wikipedia standing (0.8 generally reliable, 0.5 not listed, 0.3 generally unreliable, 0.1 deprecated); the range is a 95&#160;% interval.</p>\n");
    h.push_str("</body></html>\n");
}

/// One article's section of the page; `n` makes its anchors unique.
pub(crate) fn article_html(h: &mut String, n: usize, a: &Article, contests: &[Contest]) {
    let figures = a.claims.iter().filter(|c| c.category != "event").count();
    let count = |flag: &str| {
        a.claims
            .iter()
            .filter(|c| c.flags.iter().any(|f| f == flag))
            .count()
    };
    let severity = |s: Severity| contests.iter().filter(|k| k.severity == s).count();
    // With --verify: the figures each cited page gives, or not.
    let verdicts = |v: Verdict| {
        a.claims
            .iter()
            .filter(|c| c.verification.iter().any(|(_, x)| *x == v))
            .count()
    };
    h.push_str("<h2>");
    push_escaped(h, &a.title);
    h.push_str("</h2>\n<p class=\"muted\">");
    push_escaped_dotted(h, &[&a.name, &a.lang, a.format.name()]);
    if let Some(r) = &a.revision {
        let _ = write!(h, " · revision {} of ", r.id);
        push_escaped(h, &r.timestamp);
    }
    let _ = write!(
        h,
        "</p>\n<ul class=\"counts\"><li>{} figures</li><li>{} events</li><li>{} unsourced</li><li>{} on partisan sources only</li><li>{} conflicts</li><li>{} divergences</li><li>{} findings</li>",
        figures,
        a.claims.len() - figures,
        count("unsourced"),
        count("partisan_only"),
        severity(Severity::Conflict),
        severity(Severity::Divergent),
        a.findings.len()
    );
    if a.claims.iter().any(|c| !c.verification.is_empty()) {
        let _ = write!(
            h,
            "<li>{} figures found on a cited page</li><li>{} not found on a page read</li>",
            verdicts(Verdict::Verified),
            verdicts(Verdict::FigureNotFound)
        );
    }
    h.push_str("</ul>\n");
    let mut shown: Vec<&Contest> = contests
        .iter()
        .filter(|k| k.severity > Severity::Consistent)
        .collect();
    shown.sort_by_key(|k| std::cmp::Reverse(k.severity));
    if !shown.is_empty() {
        h.push_str("<h3>Contested figures</h3>\n");
    }
    let mut shown_claims: Vec<&Claim> = Vec::new();
    for k in shown {
        let claims: Vec<&Claim> = k.claims.iter().filter_map(|&i| a.claims.get(i)).collect();
        shown_claims.extend(claims.iter().copied());
        let sev = k.severity.name();
        let _ = write!(
            h,
            "<div class=\"contest {sev}\"><span class=\"sev\">{sev}</span> <strong>"
        );
        push_escaped(h, &k.category);
        h.push_str("</strong> · ");
        push_escaped_dotted(h, &[&k.side, &k.scope]);
        h.push_str("<br><span class=\"muted\">");
        push_escaped(h, &k.reason);
        h.push_str("</span>\n");
        chart(h, n, &claims);
        h.push_str("</div>\n");
    }
    // Findings, each linked to its sentence; the page shows at most a few hundred
    // (findings.csv has them all), and only the sentences it links to.
    let mut linked: Vec<usize> = shown_claims.iter().map(|c| c.sentence).collect();
    if !a.findings.is_empty() {
        h.push_str("<h3>Findings</h3>\n<ul>\n");
        for f in a.findings.iter().take(MAX_FINDINGS) {
            // Sentences are in line order: the last one starting on the line, before
            // the finding's column.
            let after = a
                .sentences
                .partition_point(|s| (s.line, s.column) <= (f.line, f.column));
            let target = after
                .checked_sub(1)
                .and_then(|i| a.sentences.get(i))
                .filter(|s| s.line == f.line);
            h.push_str("<li><strong>");
            h.push_str(f.kind.name());
            h.push_str("</strong> (");
            let _ = match target {
                Some(s) => {
                    linked.push(s.id);
                    write!(
                        h,
                        "<a href=\"#a{n}-s{}\">line {}, sentence {}</a>",
                        s.id, f.line, s.id
                    )
                }
                None => write!(h, "line {}", f.line),
            };
            h.push_str("): ");
            push_escaped(h, &f.message);
            h.push_str("</li>\n");
        }
        if a.findings.len() > MAX_FINDINGS {
            let _ = writeln!(
                h,
                "<li>… and {} more in findings.csv</li>",
                a.findings.len() - MAX_FINDINGS
            );
        }
        h.push_str("</ul>\n");
    }
    linked.sort_unstable();
    linked.dedup();
    let _ = writeln!(
        h,
        "<details><summary>Sentences cited above ({})</summary><ol class=\"sentences\">",
        linked.len()
    );
    for id in linked {
        if let Some(s) = a.sentences.get(id.saturating_sub(1)) {
            let _ = write!(h, "<li id=\"a{n}-s{}\" value=\"{}\">", s.id, s.id);
            push_escaped(h, &s.text);
            h.push_str("</li>\n");
        }
    }
    h.push_str("</ol></details>\n");
}

/// One row per claim: its label as text (readable on a phone), then its interval as
/// a bar on a scale shared by the group; an open upper bound runs to the right edge
/// and ends in an arrow.
fn chart(h: &mut String, n: usize, claims: &[&Claim]) {
    let max = claims
        .iter()
        .map(|c| c.high.unwrap_or(c.low.saturating_mul(3) / 2).max(c.low))
        .max()
        .unwrap_or(1)
        .max(1) as f64
        * 1.1;
    let width = 400.0;
    let mut label = String::new();
    for c in claims {
        label.clear();
        write_figure(&mut label, c);
        for (reference, verdict) in &c.verification {
            let _ = write!(
                label,
                "; [{reference}] {}",
                verdict.name().replace('_', " ")
            );
        }
        let x0 = width * (c.low as f64 / max);
        let x1 = match c.high {
            Some(hi) => width * (hi as f64 / max),
            None => width - 8.0,
        };
        let bar = (x1 - x0).max(2.0);
        let _ = write!(h, "<div class=\"row\"><a href=\"#a{n}-s{}\">", c.sentence);
        push_escaped(h, &label);
        let _ = write!(
            h,
            "</a><svg viewBox=\"0 0 {width} 12\" preserveAspectRatio=\"none\" aria-hidden=\"true\"><rect x=\"0\" y=\"5\" width=\"{width}\" height=\"2\" fill=\"#e3e3e8\"/><rect x=\"{x0:.1}\" y=\"1\" width=\"{bar:.1}\" height=\"10\" fill=\"#5b7db1\"/>"
        );
        if c.high.is_none() {
            let _ = write!(
                h,
                "<path d=\"M{:.1} 0 l8 6 l-8 6 z\" fill=\"#5b7db1\"/>",
                width - 8.0
            );
        }
        h.push_str("</svg></div>\n");
    }
}

fn sources_html(h: &mut String, sources: &[SourceUse]) {
    h.push_str("<table><thead><tr><th>source</th><th>kind</th><th>alignment</th><th>standing</th><th>refs</th><th>counted</th><th>carried</th><th>sole</th><th>contested</th><th>agree</th><th>score</th><th>headlines</th></tr></thead><tbody>\n");
    for s in sources {
        let r = &s.reliability;
        let score = if s.source_key.is_empty() {
            String::new()
        } else {
            format!("{:.2} ({:.2}–{:.2})", r.score, r.score_low, r.score_high)
        };
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{} of {}</td><td>{}</td><td class=\"num\">{}</td></tr>",
            escape_html(&s.name),
            escape_html(&s.kind),
            escape_html(&s.alignment),
            escape_html(&s.standing),
            s.refs,
            r.origin_claims,
            r.carrier_claims,
            r.sole_source_claims,
            r.contested_claims,
            r.agreements,
            r.comparisons,
            score,
            r.corroborated_headlines
        );
    }
    h.push_str("</tbody></table>\n");
}
