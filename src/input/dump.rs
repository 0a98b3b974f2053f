//! MediaWiki XML dumps: whole wikis exported as `<mediawiki><page>…</page>…`, plain or
//! bzip2-compressed (multistream dumps included), read page by page in constant memory.
//!
//! Input: a file whose content says it is a dump ([`sniff`]: the `<mediawiki` root with
//! the export namespace, or a bzip2 file, magic `BZh`, that decompresses to one). Output:
//! [`Page`]s, one at a time, each with its title, namespace, redirect mark and latest
//! revision (id, timestamp, wikitext). A multistream dump with its index beside it
//! ([`index_path`]) is cut into its bzip2 streams ([`read_index`]), which callers
//! decompress in parallel ([`decompress_stream`], [`PageReader::fragment`]).
//!
//! A page that is not well-formed XML is an [`Error::Dump`] naming the file, the line
//! and column (and the bzip2 stream's byte offset), and the page's title when it was
//! read; the reader then skips to the next `<page>` and goes on. A truncated or
//! corrupt bzip2 stream ends the reading of that stream with an error. It never
//! panics on input. It does not analyse anything: pages are handed on as wikitext.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use quick_xml::events::Event;

use crate::error::{Error, Result};

/// The namespace every MediaWiki export declares, up to its version number.
const EXPORT_NAMESPACE: &[u8] = b"http://www.mediawiki.org/xml/export-";

/// The most bytes kept to turn an error's byte offset into a line and column: the
/// bytes since the current page began (a page larger than this gets its errors by
/// byte offset only).
const MAX_RECORD: usize = 64 << 20;

/// The most elements open at once that are tracked. A dump's pages nest four deep; a
/// page nested deeper than this is an error for that page (the stack stays small, so
/// each tag costs the same however the XML nests).
pub const MAX_DEPTH: usize = 256;

/// The most bytes of one field of a page (its wikitext, mostly) kept by default
/// ([`PageReader::max_text`]): a longer one makes the page an error, and the next page
/// is read.
pub const MAX_TEXT: usize = 64 << 20;

/// The largest compressed range of a multistream dump read whole into memory, to be
/// decompressed in parallel; a larger one (a sparse index, or one for another dump) is
/// streamed instead ([`stream_range`]). A real stream holds 100 pages, a megabyte or so.
pub const MAX_RANGE: u64 = 16 << 20;

/// The most decompressed bytes [`decompress_stream`] holds for one range; past it the
/// range is streamed instead.
pub const MAX_STREAM: usize = 128 << 20;

/// How a dump file is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// Plain XML.
    None,
    /// bzip2, one stream or many (multistream).
    Bzip2,
}

/// One page of a dump, its latest revision only.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Page {
    /// The page's title (`Bataille de Test`, `Catégorie:Bataille`).
    pub title: String,
    /// Its namespace number (0: articles).
    pub ns: i64,
    /// The page id.
    pub id: u64,
    /// The page is a redirect (`<redirect title="…"/>`).
    pub redirect: bool,
    /// The latest revision's id.
    pub revision: u64,
    /// The latest revision's timestamp (ISO 8601, as the dump writes it).
    pub timestamp: String,
    /// The latest revision's wikitext.
    pub text: String,
    /// Where the page starts: its byte offset in the (decompressed) XML it was read from.
    pub offset: u64,
    /// The byte offset of the bzip2 stream the page was read from (multistream reading).
    pub stream: Option<u64>,
}

/// What a dump's first bytes tell: how it is stored, and the language its root
/// declares (`<mediawiki … xml:lang="fr">`: the wiki's language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    /// How the dump is stored.
    pub compression: Compression,
    /// The language tag of the root's `xml:lang`, when it has a plausible one.
    pub lang: Option<String>,
}

/// Tells whether a file is a MediaWiki dump, from its first bytes (never its name).
///
/// # Errors
/// The file cannot be opened or read.
pub fn sniff(path: &Path) -> Result<Option<Head>> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    if path.as_os_str() == "-" || !path.is_file() {
        return Ok(None);
    }
    let mut head = Vec::with_capacity(4096);
    std::fs::File::open(path)
        .map_err(io)?
        .take(4096)
        .read_to_end(&mut head)
        .map_err(io)?;
    if looks_like_export(&head) {
        return Ok(Some(Head {
            compression: Compression::None,
            lang: root_lang(&head),
        }));
    }
    if head.starts_with(b"BZh") {
        let file = std::fs::File::open(path).map_err(io)?;
        let mut decoder = bzip2::read::MultiBzDecoder::new(BufReader::new(file)).take(4096);
        let mut plain = Vec::with_capacity(4096);
        // A bzip2 file that does not decompress is no dump: it is read (and refused)
        // as an ordinary input.
        if decoder.read_to_end(&mut plain).is_ok() && looks_like_export(&plain) {
            return Ok(Some(Head {
                compression: Compression::Bzip2,
                lang: root_lang(&plain),
            }));
        }
    }
    Ok(None)
}

/// The head of an XML file whose root is `<mediawiki` in the export namespace.
fn looks_like_export(head: &[u8]) -> bool {
    let Some(root) = find(head, b"<mediawiki") else {
        return false;
    };
    // Only a declaration, comments and white space may come before the root.
    let before = String::from_utf8_lossy(head.get(..root).unwrap_or_default());
    let before = before.trim_start_matches('\u{feff}').trim();
    let prolog_only =
        before.is_empty() || before.starts_with("<?xml") || before.starts_with("<!--");
    prolog_only && find(head.get(root..).unwrap_or_default(), EXPORT_NAMESPACE).is_some()
}

/// The `xml:lang` of the `<mediawiki` root's start tag: a language tag of ASCII letters
/// and hyphens (`fr`, `zh-classical`), anything else is no answer.
fn root_lang(head: &[u8]) -> Option<String> {
    let root = head.get(find(head, b"<mediawiki")?..)?;
    let tag = root.get(..root.iter().position(|&b| b == b'>')?)?;
    let at = find(tag, b" xml:lang=")? + b" xml:lang=".len();
    let quote = *tag.get(at)?;
    if !matches!(quote, b'"' | b'\'') {
        return None;
    }
    let value = tag.get(at + 1..)?;
    let value = value.get(..value.iter().position(|&b| b == quote)?)?;
    let plausible = (1..=20).contains(&value.len())
        && value.iter().all(|b| b.is_ascii_alphabetic() || *b == b'-');
    plausible.then(|| String::from_utf8_lossy(value).into_owned())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// A reader that counts the bytes read through it (the progress of a run).
#[derive(Debug)]
pub struct Counted<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R> Counted<R> {
    /// Counts what `inner` reads into `count`.
    pub fn new(inner: R, count: Arc<AtomicU64>) -> Self {
        Self { inner, count }
    }
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Opens a dump for sequential reading, decompressing a bzip2 file (every stream of a
/// multistream one); `count` receives the bytes read from the file.
///
/// # Errors
/// The file cannot be opened.
pub fn open(
    path: &Path,
    compression: Compression,
    count: Arc<AtomicU64>,
) -> Result<Box<dyn BufRead + Send>> {
    let file = std::fs::File::open(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let counted = Counted::new(file, count);
    Ok(match compression {
        Compression::None => Box::new(BufReader::with_capacity(1 << 16, counted)),
        Compression::Bzip2 => Box::new(BufReader::with_capacity(
            1 << 16,
            bzip2::read::MultiBzDecoder::new(BufReader::with_capacity(1 << 16, counted)),
        )),
    })
}

/// The multistream index beside a dump, under the name the wikis give it:
/// `…-multistream-index.txt.bz2` for `…-multistream.xml.bz2` (any `X.xml.bz2` has its
/// index at `X-index.txt.bz2`), when that file exists.
///
/// ```
/// use std::path::Path;
/// use crosscheck::input::dump::index_name;
/// assert_eq!(
///     index_name(Path::new("d/frwiki-20240601-pages-articles-multistream.xml.bz2")),
///     Some(Path::new("d/frwiki-20240601-pages-articles-multistream-index.txt.bz2").to_path_buf())
/// );
/// assert_eq!(index_name(Path::new("d/frwiki.xml")), None);
/// ```
pub fn index_name(dump: &Path) -> Option<PathBuf> {
    let name = dump.file_name()?.to_str()?;
    let stem = name.strip_suffix(".xml.bz2")?;
    Some(dump.with_file_name(format!("{stem}-index.txt.bz2")))
}

/// [`index_name`], when that file exists.
pub fn index_path(dump: &Path) -> Option<PathBuf> {
    index_name(dump).filter(|p| p.is_file())
}

/// Reads a multistream index (bzip2-compressed lines `offset:page_id:title`) and
/// returns the byte ranges of the dump's bzip2 streams, in order: the first starts at
/// 0 (the stream holding the `<siteinfo>`), the last ends at `dump_len`.
///
/// # Errors
/// The index cannot be read, is not bzip2, or has a line that is not
/// `offset:page_id:title`, or an offset past the dump's end or going backwards; the
/// error names the index file and the line.
pub fn read_index(index: &Path, dump_len: u64) -> Result<Vec<(u64, u64)>> {
    let file = std::fs::File::open(index).map_err(|source| Error::Io {
        path: index.to_path_buf(),
        source,
    })?;
    let reader = BufReader::new(bzip2::read::MultiBzDecoder::new(BufReader::new(file)));
    let name = index.display().to_string();
    let mut starts: Vec<u64> = vec![0];
    for (n, line) in reader.split(b'\n').enumerate() {
        let bad = |message: String| Error::Dump {
            file: name.clone(),
            stream: None,
            line: n + 1,
            column: 1,
            offset: None,
            page: None,
            message,
        };
        let line = line.map_err(|e| bad(format!("the index does not decompress: {e}")))?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let offset = line
            .split(|&b| b == b':')
            .next()
            .and_then(|o| std::str::from_utf8(o).ok())
            .and_then(|o| o.trim().parse::<u64>().ok())
            .filter(|_| line.iter().filter(|&&b| b == b':').count() >= 2)
            .ok_or_else(|| bad("expected offset:page_id:title".into()))?;
        let last = starts.last().copied().unwrap_or(0);
        if offset >= dump_len {
            return Err(bad(format!(
                "offset {offset} is past the dump's end ({dump_len} bytes)"
            )));
        }
        if offset < last {
            return Err(bad(format!("offset {offset} goes back (after {last})")));
        }
        if offset > last {
            starts.push(offset);
        }
    }
    let ends = starts.iter().skip(1).copied().chain([dump_len]);
    Ok(starts.iter().copied().zip(ends).collect())
}

/// Reads bytes `start..end` of a file.
///
/// # Errors
/// The file cannot be read there.
pub fn read_range(file: &mut std::fs::File, path: &Path, start: u64, end: u64) -> Result<Vec<u8>> {
    use std::io::Seek;
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    file.seek(std::io::SeekFrom::Start(start)).map_err(io)?;
    let mut bytes = Vec::new();
    file.take(end.saturating_sub(start))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    Ok(bytes)
}

/// Decompresses one bzip2 stream of a multistream dump (several, if the range holds
/// more than one), up to `limit` bytes: `Ok(None)` when it holds more (the caller
/// then streams it, [`stream_range`]).
///
/// # Errors
/// The bytes are not a complete bzip2 stream; the error names the file and the
/// stream's byte offset.
pub fn decompress_stream(
    name: &str,
    offset: u64,
    compressed: &[u8],
    limit: usize,
) -> Result<Option<Vec<u8>>> {
    // No room reserved ahead: the decompressed size is not known, and a guess from
    // the compressed size could be anything.
    let mut out = Vec::new();
    let most = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    bzip2::read::MultiBzDecoder::new(compressed)
        .take(most)
        .read_to_end(&mut out)
        .map_err(|e| Error::Dump {
            file: name.to_owned(),
            stream: Some(offset),
            line: 0,
            column: 0,
            offset: Some(offset),
            page: None,
            message: format!("the bzip2 stream does not decompress: {e}"),
        })?;
    Ok((out.len() <= limit).then_some(out))
}

/// Reads the pages of bytes `start..end` of a multistream dump, decompressed as they
/// are read: for a range too large to hold ([`MAX_RANGE`], [`MAX_STREAM`]). A stream
/// that does not decompress ends the reading with an error naming its offset.
///
/// # Errors
/// The file cannot be read at `start`.
pub fn stream_range<'f>(
    file: &'f mut std::fs::File,
    path: &Path,
    name: &str,
    start: u64,
    end: u64,
) -> Result<PageReader<impl BufRead + 'f>> {
    use std::io::Seek;
    file.seek(std::io::SeekFrom::Start(start))
        .map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
    let compressed = BufReader::with_capacity(1 << 16, file.take(end.saturating_sub(start)));
    let plain = BufReader::with_capacity(1 << 16, bzip2::read::MultiBzDecoder::new(compressed));
    Ok(PageReader::fragment(name, start, plain))
}

/// A [`BufRead`] that remembers the bytes read since the current page began, to give
/// an error's line and column.
struct Tracked<R> {
    inner: R,
    /// Bytes consumed so far.
    offset: u64,
    /// Bytes consumed since `mark`, at most [`MAX_RECORD`].
    record: Vec<u8>,
    /// Offset, line and column (1-based, in characters) of `record`'s first byte.
    mark: (u64, usize, usize),
    /// `record` was cut at `MAX_RECORD`.
    overflow: bool,
}

impl<R: BufRead> Tracked<R> {
    fn new(inner: R) -> Self {
        Self {
            inner,
            offset: 0,
            record: Vec::new(),
            mark: (0, 1, 1),
            overflow: false,
        }
    }

    /// Line and column of a byte offset at or after the mark (`None` when the bytes
    /// are no longer known).
    fn locate(&self, offset: u64) -> Option<(usize, usize)> {
        let (start, line, column) = self.mark;
        let upto = usize::try_from(offset.checked_sub(start)?).ok()?;
        let bytes = self.record.get(..upto)?;
        let newlines = bytes.iter().filter(|&&b| b == b'\n').count();
        let tail = match bytes.iter().rposition(|&b| b == b'\n') {
            Some(p) => bytes.get(p + 1..).unwrap_or_default(),
            None => bytes,
        };
        let chars = tail.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
        Some(if newlines == 0 {
            (line, column + chars)
        } else {
            (line + newlines, chars + 1)
        })
    }

    /// Forgets the bytes before `offset`, keeping its line and column.
    fn set_mark(&mut self, offset: u64) {
        match self.locate(offset) {
            Some((line, column)) => {
                let cut = usize::try_from(offset - self.mark.0).unwrap_or(usize::MAX);
                self.record.drain(..cut.min(self.record.len()));
                self.mark = (offset, line, column);
            }
            None => {
                // Past a page too large to keep: lines are no longer known.
                self.record.clear();
                self.mark = (self.offset, 0, 0);
            }
        }
        self.overflow = false;
    }
}

impl<R: BufRead> Read for Tracked<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        if let (Some(dst), Some(src)) = (buf.get_mut(..n), available.get(..n)) {
            dst.copy_from_slice(src);
        }
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Tracked<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        if let Ok(buf) = self.inner.fill_buf() {
            let taken = buf.get(..amt).unwrap_or(buf);
            if self.record.len() + taken.len() <= MAX_RECORD && !self.overflow {
                self.record.extend_from_slice(taken);
            } else {
                self.overflow = true;
                self.record.clear();
                self.mark = (0, 0, 0);
            }
        }
        self.offset += amt as u64;
        self.inner.consume(amt);
    }
}

/// Which field of a page the text being read belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Ns,
    PageId,
    RevisionId,
    Timestamp,
    Text,
}

/// Reads the pages of a dump (or of a fragment of one: a multistream dump's stream)
/// one at a time: an iterator of `Result<Page>`, where an `Err` is one page that
/// could not be read (the next item is the next page) or the end of the readable
/// input.
pub struct PageReader<R: BufRead> {
    xml: quick_xml::Reader<Tracked<R>>,
    name: String,
    stream: Option<u64>,
    buf: Vec<u8>,
    stack: Vec<Vec<u8>>,
    /// The index in `stack` of the open `<page>` (there is at most one).
    page_at: Option<usize>,
    page: Option<Page>,
    field: Option<Field>,
    value: String,
    /// Skipping a malformed page up to the next `<page>`.
    skipping: bool,
    done: bool,
    /// Positions of the last errors, to stop when one repeats without progress.
    last_error: Option<u64>,
    /// The most bytes a field's value may hold.
    max_text: usize,
}

impl<R: BufRead> PageReader<R> {
    /// Reads a whole dump; `name` is the file name its errors give.
    pub fn new(name: impl Into<String>, input: R) -> Self {
        let mut xml = quick_xml::Reader::from_reader(Tracked::new(input));
        let config = xml.config_mut();
        // The page structure is checked here, so that a bad page is skipped and the
        // next one read; quick-xml's own end-name check would lose its place.
        config.check_end_names = false;
        config.allow_unmatched_ends = true;
        config.expand_empty_elements = false;
        Self {
            xml,
            name: name.into(),
            stream: None,
            buf: Vec::new(),
            stack: Vec::new(),
            page_at: None,
            page: None,
            field: None,
            value: String::new(),
            skipping: false,
            done: false,
            last_error: None,
            max_text: MAX_TEXT,
        }
    }

    /// Sets the most bytes a page's field (its wikitext) may hold, [`MAX_TEXT`] by
    /// default; a page with a longer one is an error and the next page is read.
    #[must_use]
    pub fn max_text(mut self, bytes: usize) -> Self {
        self.max_text = bytes;
        self
    }

    /// The error for a field grown past `max_text`.
    fn too_long(&self, at: u64) -> Error {
        let message = format!("a field longer than {} bytes", self.max_text);
        self.error(at, message)
    }

    /// Reads the pages of one bzip2 stream of a multistream dump, decompressed; its
    /// errors give the stream's byte offset in `name`, and lines within the stream.
    pub fn fragment(name: impl Into<String>, stream: u64, input: R) -> Self {
        let mut reader = Self::new(name, input);
        reader.stream = Some(stream);
        reader
    }

    fn error(&self, offset: u64, message: String) -> Error {
        let (line, column) = self.xml.get_ref().locate(offset).unwrap_or((0, 0));
        Error::Dump {
            file: self.name.clone(),
            stream: self.stream,
            line,
            column,
            offset: Some(offset),
            page: self
                .page
                .as_ref()
                .map(|p| p.title.clone())
                .filter(|t| !t.is_empty()),
            message,
        }
    }

    /// Drops the page being read and skips to the next one.
    fn abandon(&mut self) {
        self.page = None;
        self.field = None;
        self.value.clear();
        self.skipping = true;
        if let Some(p) = self.page_at {
            self.truncate(p);
        }
    }

    fn in_page(&self) -> Option<usize> {
        self.page_at
    }

    /// Closes the elements from `len` on, the page too if it is among them.
    fn truncate(&mut self, len: usize) {
        self.stack.truncate(len);
        if self.page_at.is_some_and(|p| p >= len) {
            self.page_at = None;
        }
    }

    /// Handles a start tag; `Err` with a message when the page nests too deep.
    fn start(&mut self, name: &[u8], empty: bool, offset: u64) -> std::result::Result<(), String> {
        if name == b"page" {
            if let Some(p) = self.in_page() {
                // A page inside a page: the first one was never closed.
                self.truncate(p);
            }
            self.xml.get_mut().set_mark(offset);
            self.skipping = false;
            self.page = Some(Page {
                offset,
                stream: self.stream,
                ..Page::default()
            });
            self.field = None;
            if !empty {
                self.page_at = Some(self.stack.len());
                self.stack.push(name.to_vec());
            }
            return Ok(());
        }
        if !empty && self.stack.len() >= MAX_DEPTH {
            if self.page_at.is_some() && !self.skipping {
                return Err(format!("elements nested more than {MAX_DEPTH} deep"));
            }
            // Outside a page, or in one already given up: not tracked (its end tag
            // is then unmatched, which is ignored there).
            return Ok(());
        }
        let depth = self.in_page().map(|p| self.stack.len() - p);
        if let (Some(page), false) = (self.page.as_mut(), self.skipping) {
            let under_revision = self.stack.last().is_some_and(|n| n == b"revision");
            match (depth, name) {
                (Some(1), b"redirect") => page.redirect = true,
                (Some(1), b"title") => self.field = Some(Field::Title),
                (Some(1), b"ns") => self.field = Some(Field::Ns),
                (Some(1), b"id") => self.field = Some(Field::PageId),
                (Some(1), b"revision") => {
                    // Each revision replaces the one before: the last is the latest.
                    page.revision = 0;
                    page.timestamp.clear();
                    page.text.clear();
                }
                (Some(2), b"id") if under_revision => self.field = Some(Field::RevisionId),
                (Some(2), b"timestamp") if under_revision => self.field = Some(Field::Timestamp),
                (Some(2), b"text") if under_revision => self.field = Some(Field::Text),
                _ => self.field = None,
            }
            self.value.clear();
            if empty {
                self.field = None;
            }
        }
        if !empty {
            self.stack.push(name.to_vec());
        }
        Ok(())
    }

    /// Stores the value read for a field; `Err` with a message when it is not one.
    fn store(&mut self) -> std::result::Result<(), String> {
        let (Some(field), Some(page)) = (self.field.take(), self.page.as_mut()) else {
            return Ok(());
        };
        let value = std::mem::take(&mut self.value);
        let number = |what: &str| {
            value
                .trim()
                .parse::<u64>()
                .map_err(|_| format!("{what} {:?} is not a number", value.trim()))
        };
        match field {
            Field::Title => page.title = value,
            Field::Ns => {
                page.ns = value
                    .trim()
                    .parse::<i64>()
                    .map_err(|_| format!("namespace {:?} is not a number", value.trim()))?;
            }
            Field::PageId => page.id = number("page id")?,
            Field::RevisionId => page.revision = number("revision id")?,
            Field::Timestamp => page.timestamp = value,
            Field::Text => page.text = value,
        }
        Ok(())
    }

    /// Reads events up to the end of the next page.
    fn next_page(&mut self) -> Option<Result<Page>> {
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            let at = self.xml.buffer_position();
            let event = match self.xml.read_event_into(&mut self.buf) {
                Ok(event) => event,
                Err(e) => {
                    let offset = self.xml.error_position().max(at);
                    let fatal = matches!(e, quick_xml::Error::Io(_))
                        || self.last_error == Some(self.xml.buffer_position());
                    self.last_error = Some(self.xml.buffer_position());
                    let message = match &e {
                        quick_xml::Error::Io(io) => format!("the input ends or breaks off: {io}"),
                        other => format!("malformed XML: {other}"),
                    };
                    let err = self.error(offset, message);
                    if fatal {
                        self.done = true;
                    }
                    let had_page = self.page.is_some() && !self.skipping;
                    self.abandon();
                    if had_page || fatal {
                        return Some(Err(err));
                    }
                    continue;
                }
            };
            let empty = matches!(event, Event::Empty(_));
            match event {
                Event::Start(tag) | Event::Empty(tag) => {
                    let name = tag.local_name().as_ref().to_vec();
                    if let Err(message) = self.start(&name, empty, at) {
                        let err = self.error(at, message);
                        self.abandon();
                        return Some(Err(err));
                    }
                }
                Event::End(tag) => {
                    let name = tag.local_name().as_ref().to_vec();
                    match self.stack.last() {
                        Some(open) if *open == name => {
                            self.truncate(self.stack.len() - 1);
                        }
                        open => {
                            if self.skipping || self.in_page().is_none() {
                                // Outside a page (a fragment's `</mediawiki>`, or the
                                // rest of a bad page): nothing to check.
                                if let Some(p) = self.stack.iter().rposition(|n| *n == name) {
                                    self.truncate(p);
                                }
                                continue;
                            }
                            let expected = open
                                .map(|o| format!("</{}>", String::from_utf8_lossy(o)))
                                .unwrap_or_else(|| "nothing".into());
                            let err = self.error(
                                at,
                                format!(
                                    "malformed XML: expected {expected}, found </{}>",
                                    String::from_utf8_lossy(&name)
                                ),
                            );
                            self.abandon();
                            if name != b"page" {
                                // Resynchronise on the page's own end, or the next page.
                                self.skipping = true;
                            }
                            return Some(Err(err));
                        }
                    }
                    if self.skipping {
                        continue;
                    }
                    if self.field.is_some() {
                        if let Err(message) = self.store() {
                            let err = self.error(at, message);
                            self.abandon();
                            return Some(Err(err));
                        }
                    }
                    if name == b"page" {
                        if let Some(page) = self.page.take() {
                            return Some(Ok(page));
                        }
                    }
                }
                Event::Text(text) => {
                    if self.field.is_some() && !self.skipping {
                        match text.xml10_content() {
                            Ok(t) => {
                                if self.value.len().saturating_add(t.len()) > self.max_text {
                                    let err = self.too_long(at);
                                    self.abandon();
                                    return Some(Err(err));
                                }
                                self.value.push_str(&t);
                            }
                            Err(e) => {
                                let err = self.error(at, format!("not UTF-8 text: {e}"));
                                self.abandon();
                                return Some(Err(err));
                            }
                        }
                    }
                }
                Event::CData(data) => {
                    if self.field.is_some() && !self.skipping {
                        if self.value.len().saturating_add(data.len()) > self.max_text {
                            let err = self.too_long(at);
                            self.abandon();
                            return Some(Err(err));
                        }
                        self.value.push_str(&String::from_utf8_lossy(&data));
                    }
                }
                Event::GeneralRef(reference) => {
                    if self.field.is_none() || self.skipping {
                        continue;
                    }
                    // Resolved without an allocation: wikitext's `<` and `"` are all
                    // entities in a dump.
                    let mut utf8 = [0; 4];
                    let resolved: Option<&str> = match reference.resolve_char_ref() {
                        Ok(Some(c)) => Some(c.encode_utf8(&mut utf8)),
                        Ok(None) => std::str::from_utf8(&reference)
                            .ok()
                            .and_then(quick_xml::escape::resolve_xml_entity),
                        Err(_) => None,
                    };
                    match resolved {
                        Some(s) if self.value.len().saturating_add(s.len()) > self.max_text => {
                            let err = self.too_long(at);
                            self.abandon();
                            return Some(Err(err));
                        }
                        Some(s) => self.value.push_str(s),
                        None => {
                            let name = String::from_utf8_lossy(&reference).into_owned();
                            let err = self.error(at, format!("unknown entity &{name};"));
                            self.abandon();
                            return Some(Err(err));
                        }
                    }
                }
                Event::Eof => {
                    self.done = true;
                    if self.page.is_some() && !self.skipping {
                        let err = self.error(at, "the input ends inside a page".into());
                        self.abandon();
                        return Some(Err(err));
                    }
                    return None;
                }
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
            }
        }
    }
}

impl<R: BufRead> Iterator for PageReader<R> {
    type Item = Result<Page>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_page()
    }
}

/// Which pages of a dump to analyse.
#[derive(Debug, Clone, Default)]
pub struct PageFilter {
    /// Namespaces read (empty: articles only, namespace 0).
    pub namespaces: Vec<i64>,
    /// Only titles this matches.
    pub title: Option<regex::Regex>,
    /// Only pages in one of these categories (compared without case, `_` as a
    /// space); empty: any.
    pub categories: Vec<String>,
    /// The category namespace's names (`Catégorie`, `Category`), from the lexicons.
    pub category_prefixes: Vec<String>,
    /// Only the pages of shard `i` of `n` (`Some((i, n))`, `i < n`): those whose
    /// title hashes to `i` ([`shard_of`]); an input that is not a dump is sharded by
    /// its name.
    pub shard: Option<(u64, u64)>,
}

/// The shard of `n` a title belongs to: its 64-bit FNV-1a hash (of the title's UTF-8
/// bytes) modulo `n`, the same on every machine and in every version, so that runs of
/// `--shard 0/4` … `--shard 3/4` on different machines cover a dump once.
///
/// ```
/// use crosscheck::input::dump::shard_of;
/// assert_eq!(shard_of("Bataille de Test", 1), 0);
/// assert!(shard_of("Bataille de Test", 4) < 4);
/// assert_eq!(shard_of("", 7), 0xcbf2_9ce4_8422_2325 % 7);
/// // FNV-1a's published value for "a".
/// assert_eq!(shard_of("a", u64::MAX), 0xaf63_dc4c_8601_ec8c);
/// ```
pub fn shard_of(title: &str, n: u64) -> u64 {
    let hash = title.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    hash.checked_rem(n).unwrap_or(0)
}

/// Why a page was not analysed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// A redirect.
    Redirect,
    /// Outside the namespaces asked for.
    Namespace,
    /// Its title does not match `--title-regex`.
    Title,
    /// In none of the categories asked for.
    Category,
    /// In another shard.
    Shard,
}

impl PageFilter {
    /// Whether to analyse a page: `None` yes, else why not.
    pub fn skip(&self, page: &Page) -> Option<Skip> {
        if page.redirect {
            return Some(Skip::Redirect);
        }
        let ns_ok = if self.namespaces.is_empty() {
            page.ns == 0
        } else {
            self.namespaces.contains(&page.ns)
        };
        if !ns_ok {
            return Some(Skip::Namespace);
        }
        if let Some((i, n)) = self.shard {
            if shard_of(&page.title, n) != i {
                return Some(Skip::Shard);
            }
        }
        if let Some(re) = &self.title {
            if !re.is_match(&page.title) {
                return Some(Skip::Title);
            }
        }
        if !self.categories.is_empty() {
            let wanted: Vec<String> = self.categories.iter().map(|c| fold_category(c)).collect();
            let found = categories(&page.text, &self.category_prefixes);
            if !found.iter().any(|c| wanted.contains(&fold_category(c))) {
                return Some(Skip::Category);
            }
        }
        None
    }
}

fn fold_category(name: &str) -> String {
    name.replace('_', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The categories a page's wikitext puts it in: `[[Catégorie:Name|sort key]]` gives
/// `Name`, for each prefix given (compared without case).
///
/// ```
/// use crosscheck::input::dump::categories;
/// let text = "Texte.\n[[Catégorie:Bataille de 2015|Test]]\n[[category: Siege ]]\n[[:Catégorie:Lien]]";
/// assert_eq!(categories(text, &["Catégorie".into(), "Category".into()]), ["Bataille de 2015", "Siege"]);
/// ```
pub fn categories(text: &str, prefixes: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    // The next `]]` at or after the current `[[` (an absolute offset): searched again
    // only once a `[[` lies past it, and each link read only up to the next `[[`, so
    // the text is scanned once, however the brackets fall.
    let mut close: Option<usize> = None;
    let mut opens = text.match_indices("[[").map(|(i, _)| i).peekable();
    while let Some(start) = opens.next() {
        let from = start + 2;
        if close.is_none_or(|c| c < from) {
            close = text
                .get(from..)
                .and_then(|rest| rest.find("]]"))
                .map(|end| from + end);
        }
        let Some(end) = close else {
            // No `]]` is left: no later `[[` closes either.
            break;
        };
        // A `[[` before the `]]`: this link holds another, and a category's name
        // (before any `|`) cannot.
        let nested = opens.peek().copied().filter(|&next| next < end);
        let Some(link) = text.get(from..nested.unwrap_or(end)) else {
            continue;
        };
        let Some((prefix, name)) = link.split_once(':') else {
            continue;
        };
        let prefix = prefix.trim();
        if !prefixes
            .iter()
            .any(|p| p.to_lowercase() == prefix.to_lowercase())
        {
            continue;
        }
        let name = match name.split_once('|') {
            Some((name, _)) => name,
            None if nested.is_some() => continue,
            None => name,
        };
        let name = name.trim();
        if !name.is_empty() {
            out.push(name.to_owned());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\">\n<siteinfo><sitename>W</sitename></siteinfo>\n";

    fn page(title: &str, ns: i64, text: &str) -> String {
        format!("<page>\n<title>{title}</title>\n<ns>{ns}</ns>\n<id>7</id>\n<revision>\n<id>70</id>\n<timestamp>2024-01-02T03:04:05Z</timestamp>\n<text bytes=\"1\" xml:space=\"preserve\">{text}</text>\n</revision>\n</page>\n")
    }

    fn read(xml: &str) -> Vec<std::result::Result<Page, String>> {
        PageReader::new("d.xml", xml.as_bytes())
            .map(|r| r.map_err(|e| e.to_string()))
            .collect()
    }

    #[test]
    fn reads_each_page_with_its_latest_revision() {
        let xml = format!(
            "{HEAD}{}<page><title>B</title><ns>0</ns><id>8</id><redirect title=\"A\" /><revision><id>1</id><text>old</text></revision><revision><id>2</id><timestamp>t</timestamp><text>#REDIRECT [[A]]</text></revision></page></mediawiki>",
            page("A &amp; co", 0, "x &lt; y &#233; <![CDATA[<z>]]>")
        );
        let pages: Vec<Page> = read(&xml).into_iter().map(|p| p.expect("page")).collect();
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[0].title, "A & co");
        assert_eq!(pages[0].text, "x < y é <z>");
        assert_eq!((pages[0].id, pages[0].revision, pages[0].ns), (7, 70, 0));
        assert_eq!(pages[0].timestamp, "2024-01-02T03:04:05Z");
        assert!(!pages[0].redirect);
        assert_eq!((pages[1].revision, pages[1].redirect), (2, true));
        assert_eq!(pages[1].text, "#REDIRECT [[A]]");
    }

    #[test]
    fn a_malformed_page_is_an_error_with_its_place_and_the_next_page_is_read() {
        let xml = format!(
            "{HEAD}<page>\n<title>Bad</title>\n<ns>0</ns>\n<revision><text>a</txet></revision></page>\n{}<page><title>Ent</title><ns>0</ns><revision><text>&bogus;</text></revision></page>\n{}</mediawiki>",
            page("Good", 0, "ok"),
            page("Last", 0, "fin")
        );
        let got = read(&xml);
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(
            got[0].as_ref().unwrap_err(),
            "d.xml:6:18: malformed XML: expected </text>, found </txet> (page \"Bad\", byte 175)"
        );
        assert_eq!(got[1].as_ref().map(|p| p.title.as_str()), Ok("Good"));
        let ent = got[2].as_ref().unwrap_err();
        assert!(
            ent.contains("unknown entity &bogus;") && ent.contains("page \"Ent\""),
            "{ent}"
        );
        assert_eq!(got[3].as_ref().map(|p| p.text.as_str()), Ok("fin"));
    }

    #[test]
    fn an_input_cut_inside_a_page_is_an_error() {
        let xml = format!(
            "{HEAD}{}<page><title>Cut</title><ns>0</ns><revision><text>abc",
            page("A", 0, "a")
        );
        let got = read(&xml);
        assert_eq!(got.len(), 2);
        let err = got[1].as_ref().unwrap_err();
        assert!(err.contains("Cut") && err.starts_with("d.xml:"), "{err}");
    }

    #[test]
    fn any_cut_or_damage_ends_without_a_panic() {
        let xml = format!(
            "{HEAD}{}{}</mediawiki>",
            page("A &amp; B", 0, "x &lt; y"),
            page("C", 0, "z")
        );
        let bytes = xml.as_bytes();
        for cut in 0..bytes.len() {
            let pages = PageReader::new("d.xml", bytes.get(..cut).unwrap_or_default())
                .take(10)
                .count();
            assert!(pages <= 3, "cut at {cut}: {pages} items");
        }
        // Bytes replaced by markup characters, at places a simple generator picks.
        let mut seed = 7u64;
        for _ in 0..2000 {
            let mut damaged = bytes.to_vec();
            for _ in 0..3 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let at = (seed >> 33) as usize % damaged.len();
                let with = b"<>&/\"=\xff;!"[(seed >> 20) as usize % 9];
                if let Some(b) = damaged.get_mut(at) {
                    *b = with;
                }
            }
            let items = PageReader::new("d.xml", damaged.as_slice())
                .take(20)
                .count();
            assert!(items <= 4, "{items} items from a two-page dump");
        }
    }

    #[test]
    fn categories_read_any_brackets_in_one_pass() {
        // Each of these took time growing with the square of its length.
        let prefixes = ["Catégorie".to_owned()];
        let open = "[[".repeat(1_000_000);
        assert!(categories(&open, &prefixes).is_empty());
        assert!(categories(&format!("{open}]]"), &prefixes).is_empty());
        let many = format!("{}]]", "[[Catégorie:".repeat(200_000));
        assert!(categories(&many, &prefixes).is_empty());
        let one = format!("{open}Catégorie:A|k]] [[x [[Catégorie:B]] [[Catégorie:C|[[y]]]]");
        assert_eq!(categories(&one, &prefixes), ["A", "B", "C"]);
    }

    #[test]
    fn a_page_nested_too_deep_is_an_error_and_the_next_is_read() {
        let depth = 1_000_000;
        let xml = format!(
            "{HEAD}<page><title>Deep</title><ns>0</ns>{}{}</page>\n{}<x>{}</mediawiki>",
            "<x>".repeat(depth),
            "</x>".repeat(depth),
            page("Next", 0, "fin"),
            "<y>".repeat(depth),
        );
        let got = read(&xml);
        assert_eq!(got.len(), 2, "{:?}", got.first());
        let err = got[0].as_ref().unwrap_err();
        assert!(
            err.contains("nested more than 256 deep") && err.contains("page \"Deep\""),
            "{err}"
        );
        assert_eq!(got[1].as_ref().map(|p| p.text.as_str()), Ok("fin"));
    }

    #[test]
    fn a_text_too_long_is_that_page_s_error() {
        let xml = format!(
            "{HEAD}{}{}{}</mediawiki>",
            page("Short", 0, "01234567890123456789"),
            page("Long", 0, "01234567890123456789&amp;"),
            page("Cdata", 0, "<![CDATA[01234567890123456789a]]>"),
        );
        let got: Vec<_> = PageReader::new("d.xml", xml.as_bytes())
            .max_text(20)
            .map(|r| r.map_err(|e| e.to_string()))
            .collect();
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(
            got[0].as_ref().map(|p| p.text.as_str()),
            Ok("01234567890123456789")
        );
        for (err, title) in [(&got[1], "Long"), (&got[2], "Cdata")] {
            let err = err.as_ref().unwrap_err();
            assert!(
                err.starts_with("d.xml:")
                    && err.contains("a field longer than 20 bytes")
                    && err.contains(&format!("page \"{title}\"")),
                "{err}"
            );
        }
    }

    fn bz2(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        bzip2::read::BzEncoder::new(bytes, bzip2::Compression::fast())
            .read_to_end(&mut out)
            .expect("compress");
        out
    }

    #[test]
    fn a_stream_larger_than_its_limit_is_left_to_streaming() {
        let xml = format!("{}{}", page("A", 0, &"a".repeat(5000)), page("B", 0, "b"));
        let compressed = bz2(xml.as_bytes());
        assert_eq!(
            decompress_stream("d", 0, &compressed, 1000).ok(),
            Some(None)
        );
        let whole = decompress_stream("d", 0, &compressed, xml.len())
            .ok()
            .flatten()
            .expect("decompressed whole");
        assert_eq!(whole, xml.as_bytes());
        // Streamed from the file, the same pages.
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("d.xml.bz2");
        let mut bytes = bz2(HEAD.as_bytes());
        let start = bytes.len() as u64;
        bytes.extend(&compressed);
        let end = bytes.len() as u64;
        bytes.extend(bz2(b"</mediawiki>"));
        std::fs::write(&path, bytes).expect("write");
        let mut file = std::fs::File::open(&path).expect("open");
        let streamed: Vec<Page> = stream_range(&mut file, &path, "d", start, end)
            .expect("streamed")
            .map(|p| p.expect("a page"))
            .collect();
        let held: Vec<Page> = PageReader::fragment("d", start, whole.as_slice())
            .map(|p| p.expect("a page"))
            .collect();
        assert_eq!(streamed.len(), 2);
        assert_eq!(streamed, held);
    }

    #[test]
    fn the_root_says_the_wiki_s_language() {
        let root = |attrs: &str| {
            format!("<?xml version=\"1.0\"?>\n<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\"{attrs}>\n<siteinfo>")
        };
        let lang = |attrs: &str| root_lang(root(attrs).as_bytes());
        assert_eq!(
            lang(" version=\"0.11\" xml:lang=\"fr\"").as_deref(),
            Some("fr")
        );
        assert_eq!(
            lang(" xml:lang='zh-classical'").as_deref(),
            Some("zh-classical")
        );
        assert_eq!(lang(" version=\"0.11\""), None);
        // Not a language tag, an unclosed value, a value past the root's tag.
        assert_eq!(lang(" xml:lang=\"fr; rm -rf\""), None);
        assert_eq!(lang(" xml:lang=fr"), None);
        assert_eq!(lang(" xml:lang=\"\""), None);
        assert_eq!(
            root_lang(b"<mediawiki xmlns=\"x\">\n<siteinfo xml:lang=\"en\">"),
            None
        );
        assert_eq!(root_lang(b"<mediawiki xml:lang=\"fr"), None);
    }

    #[test]
    fn recognises_an_export_by_its_root_and_namespace() {
        assert!(looks_like_export(b"<?xml version=\"1.0\"?>\n<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.10/\">"));
        assert!(!looks_like_export(
            b"<mediawiki xmlns=\"http://example.org/\">"
        ));
        assert!(!looks_like_export(
            b"Le texte parle de <mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.10/\">"
        ));
    }

    #[test]
    fn filters_redirects_namespaces_titles_and_categories() {
        let p = |title: &str, ns: i64, text: &str| Page {
            title: title.into(),
            ns,
            text: text.into(),
            ..Page::default()
        };
        let mut f = PageFilter {
            category_prefixes: vec!["Catégorie".into(), "Category".into()],
            ..PageFilter::default()
        };
        assert_eq!(f.skip(&p("A", 0, "")), None);
        assert_eq!(f.skip(&p("Discussion:A", 1, "")), Some(Skip::Namespace));
        let redirect = Page {
            redirect: true,
            ..p("R", 0, "")
        };
        assert_eq!(f.skip(&redirect), Some(Skip::Redirect));
        f.namespaces = vec![0, 1];
        assert_eq!(f.skip(&p("Discussion:A", 1, "")), None);
        f.title = regex::Regex::new("^Bataille").ok();
        assert_eq!(f.skip(&p("Siège", 0, "")), Some(Skip::Title));
        f.categories = vec!["bataille_de la guerre".into()];
        assert_eq!(
            f.skip(&p("Bataille X", 0, "[[Catégorie:Siège]]")),
            Some(Skip::Category)
        );
        assert_eq!(
            f.skip(&p("Bataille X", 0, "[[Catégorie:Bataille de la guerre|X]]")),
            None
        );
    }
}
