//! The command line: clap derive structs only, no logic.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Puente turns workshop modules (YAML plus Fluent translations) into
/// printable facilitator guides and participant handouts.
#[derive(Debug, Parser)]
#[command(name = "puente", version, about, long_about = None)]
#[command(
    after_help = "Exit codes: 0 all fine, 1 a problem in the content (YAML, .ftl, templates), 2 a usage or file-system error.\n\nExample: puente build --lang es --out out/"
)]
pub struct Cli {
    /// The project folder (the one holding curricula/ and locales/).
    #[arg(long, global = true, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,

    /// The language of Puente's own messages and help (en, es). Without
    /// it, LC_ALL, LC_MESSAGES or LANG decide; English otherwise.
    #[arg(long, global = true, value_name = "LANG")]
    pub ui_lang: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show the modules, how long each one runs, and how complete each
    /// translation is.
    List(ListArgs),
    /// Write facilitator guides, participant handouts and pocket cards.
    ///
    /// For each module and language this writes, under OUT/<module>/<lang>/:
    /// guide.html and guide.pdf (the facilitator guide), handout-<id>.html
    /// and .pdf (one per participant handout) and cards-<id>.pdf (pocket
    /// cards, 10 to a sheet, with cut marks). --format docx,odt adds
    /// editable guide.docx, handout-<id>.docx (and .odt), styled from
    /// templates/reference.docx and reference.odt when they exist. With
    /// --bilingual the PDFs, DOCX and ODT go to OUT/<module>/<lang1>+<lang2>/. Paper is US Letter unless you ask
    /// for A4. Nothing is written if any problem is found.
    Build(BuildArgs),
    /// Make a complete workshop packet from a plan file.
    ///
    /// Writes OUT/<plan-name>/ with a run sheet (clock time for every
    /// activity, break and meal), a materials checklist scaled to the group,
    /// a print list with copies and sheets, a facilitator guide per module,
    /// participant handouts and pocket cards, and a README saying what to
    /// print first. The previous packet folder is replaced only when the new
    /// one is complete.
    Packet(PacketArgs),
    /// Check the translations: syntax, missing and outdated messages,
    /// variables, references, and the links between YAML, templates and
    /// the English text.
    ///
    /// Findings are grouped by the file to fix, each with path:line:col.
    /// Exit code 1 when there is an error (or, with --strict, a warning).
    Check(CheckArgs),
    /// Show how complete each translation is, per locale and file.
    Status(StatusArgs),
    /// Create a locale, or bring one up to date: every message it lacks is
    /// appended, in source order, with the English text to translate.
    ///
    /// Existing text is never changed or moved; running it twice changes
    /// nothing the second time. An appended message holds the English text,
    /// and counts as missing until a translator changes it.
    Sync(SyncArgs),
    /// Record that translations were reviewed against the current English,
    /// so `check` can say when the English changes after that.
    ///
    /// Naming a message whose text is the same as the English accepts it
    /// (a name, a word both languages share). The record is
    /// locales/.reviewed/<lang>.ftl; commit it with the translations.
    Review(ReviewArgs),
    /// Preview the project in a browser, updated live as files are saved.
    ///
    /// Serves every guide, handout and card sheet, in HTML and PDF, at the
    /// same paths as `build` writes them, on http://127.0.0.1:4000/ unless
    /// told otherwise. A page reloads by itself once the new build is
    /// complete; a broken file shows its problems in the page over the last
    /// good version. "Show message ids" in a page shows which message and
    /// line each string comes from. Nothing is written into the project.
    Serve(ServeArgs),
    /// Write the multilingual website: a page per module, the guides and
    /// handouts as pages, every PDF in Letter and A4, search, translation
    /// status.
    ///
    /// Every link is relative, so DIR works from any static host or CDN and
    /// from a USB stick opened with file://, search included. DIR is
    /// replaced only when the new site is complete. A language with nothing
    /// translated yet is left out; one with gaps is marked as such.
    Site(SiteArgs),
}

#[derive(Debug, clap::Args)]
pub struct SiteArgs {
    /// The folder to write the site into (replaced as a whole).
    #[arg(long, value_name = "DIR", default_value = "site")]
    pub out: PathBuf,

    /// The address the site will be published at, such as
    /// https://example.org/puente/, for sitemap.xml and the 404 page.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,

    /// A language to publish (repeat for more). Every locale when none is
    /// given.
    #[arg(long = "lang", value_name = "LANG")]
    pub langs: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The port to listen on.
    #[arg(long, default_value_t = 4000)]
    pub port: u16,

    /// The address to listen on. Anything but a loopback address exposes
    /// the preview to the network.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,

    /// Open the preview in the default browser.
    #[arg(long)]
    pub open: bool,

    /// "Open in editor" links, with {path}, {line} and {col} filled in,
    /// such as vscode://file/{path}:{line}:{col}.
    #[arg(long, value_name = "PATTERN")]
    pub editor: Option<String>,
}

/// Where the translations are: the project's `locales/`, or any Fluent
/// project laid out as DIR/<lang>/**/*.ftl.
#[derive(Debug, Clone, clap::Args)]
pub struct LocalesArgs {
    /// Check a Fluent project laid out as DIR/<lang>/**/*.ftl instead of
    /// this project's locales/ (no YAML or templates are read then).
    #[arg(long, value_name = "DIR")]
    pub locales: Option<PathBuf>,

    /// The source locale of --locales (the one translations are made from),
    /// such as en or en-US.
    #[arg(long, value_name = "LANG", requires = "locales")]
    pub source: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Check only this locale (repeat for more). All of them when none is
    /// given.
    #[arg(long = "lang", value_name = "LANG")]
    pub langs: Vec<String>,

    /// Print the findings as JSON, with stable codes.
    #[arg(long)]
    pub json: bool,

    /// Fail (exit code 1) on warnings too.
    #[arg(long)]
    pub strict: bool,

    /// List every missing or untranslated message on its own, even when a
    /// file lacks many (they are summed up in one finding otherwise).
    /// `--json` always lists every one.
    #[arg(long, short)]
    pub verbose: bool,

    /// Read the files to check from a compare-locales project
    /// configuration (l10n.toml): its paths, locales and basepath.
    #[arg(long, value_name = "FILE", conflicts_with = "locales")]
    pub config: Option<PathBuf>,

    /// Check spelling too, with Hunspell dictionaries, and report text that
    /// types out a term instead of referring to it.
    #[arg(long)]
    pub spell: bool,

    /// Look for Hunspell dictionaries (NAME.aff and NAME.dic) in this
    /// folder first (repeat for more). Then PUENTE_DICT_PATH, then
    /// /usr/share/hunspell and /usr/share/myspell.
    #[arg(long = "dict", value_name = "DIR", requires = "spell")]
    pub dicts: Vec<PathBuf>,

    #[command(flatten)]
    pub locales: LocalesArgs,
}

#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    /// Show only this locale (repeat for more).
    #[arg(long = "lang", value_name = "LANG")]
    pub langs: Vec<String>,

    /// Print the table as JSON.
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub locales: LocalesArgs,
}

#[derive(Debug, clap::Args)]
pub struct SyncArgs {
    /// The locale to create or update, such as ht or pt-BR.
    #[arg(long = "lang", value_name = "LANG", required = true)]
    pub lang: String,

    #[command(flatten)]
    pub locales: LocalesArgs,
}

#[derive(Debug, clap::Args)]
pub struct ReviewArgs {
    /// The locale whose translations were reviewed.
    #[arg(long = "lang", value_name = "LANG", required = true)]
    pub lang: String,

    /// The message ids reviewed.
    #[arg(
        value_name = "ID",
        required_unless_present = "all",
        conflicts_with = "all"
    )]
    pub ids: Vec<String>,

    /// Mark every translated message of the locale as reviewed.
    #[arg(long)]
    pub all: bool,

    /// Only in this file (a path inside the locale folder, such as
    /// common.ftl), for ids that several files share.
    #[arg(long, value_name = "FILE")]
    pub file: Option<String>,

    #[command(flatten)]
    pub locales: LocalesArgs,
}

#[derive(Debug, clap::Args)]
pub struct PacketArgs {
    /// The plan file, for example plans/one-day-workshop.yaml.
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    /// Folder to write the packet folder into.
    #[arg(long, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,

    /// Output formats. PDF is what you print; HTML is for reading on a
    /// screen.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "pdf")]
    pub format: Vec<Format>,

    /// Also write OUT/<plan-name>.zip with the whole packet.
    #[arg(long)]
    pub zip: bool,

    /// Set PDF text at 14 pt instead of 11.5 pt.
    #[arg(long)]
    pub large_print: bool,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {}

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// Modules to build (by id, as shown by `puente list`). All when none
    /// are given.
    #[arg(value_name = "MODULE")]
    pub modules: Vec<String>,

    /// Language to build, as a language tag: en, es, es-MX... Repeat for
    /// more than one (`--lang en --lang es`). A missing translation falls
    /// back to a related language, then English, and is reported.
    #[arg(long = "lang", value_name = "LANG", default_value = "en")]
    pub langs: Vec<String>,

    /// Output format.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "html")]
    pub format: Vec<Format>,

    /// Folder to write into. Existing files are replaced only when the
    /// whole build succeeds.
    #[arg(long, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,

    /// Paper size for printing.
    #[arg(long, value_enum, default_value = "letter")]
    pub paper: Paper,

    /// Set two languages side by side (PDF): give exactly two --lang, the
    /// first is the primary language. Each block of one language stands
    /// beside the same block of the other; pocket cards get the second
    /// language on the back.
    #[arg(long)]
    pub bilingual: bool,

    /// Set PDF text at 14 pt instead of 11.5 pt.
    #[arg(long)]
    pub large_print: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Self-contained HTML files, to open in a browser and print.
    Html,
    /// Print-ready PDF: guides, handouts, and pocket cards 10 to a sheet.
    Pdf,
    /// Editable Word documents (guides, handouts, packet sheets), styled
    /// from templates/reference.docx when there is one.
    Docx,
    /// Editable OpenDocument text (LibreOffice), styled from
    /// templates/reference.odt when there is one.
    Odt,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Paper {
    /// US Letter, 8.5 × 11 in.
    Letter,
    /// A4, 210 × 297 mm.
    A4,
}

impl Paper {
    pub fn as_str(self) -> &'static str {
        match self {
            Paper::Letter => "letter",
            Paper::A4 => "a4",
        }
    }
}
