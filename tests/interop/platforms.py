"""What the translation platforms' own file libraries do to Puente's files.

Run with the Python environment that `setup.sh` makes. Subcommands:

  pontoon LOCALES SOURCE LANG   rewrite LOCALES/LANG/*.ftl the way Pontoon's
                                sync writes a locale file: the source file's
                                entries and comments, with the locale's values
                                (entries without one are dropped), serialized by
                                moz.l10n (pontoon/sync/core/translations_to_repo.py)
  weblate LOCALES LANG          rewrite LOCALES/LANG/*.ftl the way Weblate
                                commits a Fluent file: parsed and serialized
                                whole by translate-toolkit's FluentFile
  discover ROOT                 print, as JSON, what Pontoon finds in a clean
                                checkout without a configuration file
                                (moz.l10n L10nDiscoverPaths, called as Pontoon
                                calls it) and with ROOT/l10n.toml
                                (L10nConfigPaths)
"""

import json
import os
import sys


def pontoon(locales, source, lang):
    from moz.l10n.resource import parse_resource, serialize_resource
    from moz.l10n.model import Entry

    src_dir = os.path.join(locales, source)
    dst_dir = os.path.join(locales, lang)
    for name in sorted(os.listdir(dst_dir)):
        if not name.endswith(".ftl") or name.startswith("."):
            continue
        ref_path = os.path.join(src_dir, name)
        if not os.path.isfile(ref_path):
            continue
        target = os.path.join(dst_dir, name)
        ref = parse_resource(ref_path)
        tgt = parse_resource(target)
        have = {}
        for section in tgt.sections:
            for entry in section.entries:
                if isinstance(entry, Entry):
                    have[entry.id] = entry
        for section in ref.sections:
            kept = []
            for entry in section.entries:
                if not isinstance(entry, Entry):
                    kept.append(entry)
                    continue
                tr = have.get(entry.id)
                if tr is None:
                    continue
                entry.value = tr.value
                entry.properties = tr.properties
                kept.append(entry)
            section.entries = kept
        with open(target, "w", encoding="utf-8") as f:
            for line in serialize_resource(ref):
                f.write(line)


def weblate(locales, lang):
    from translate.storage.fluent import FluentFile

    dst_dir = os.path.join(locales, lang)
    for name in sorted(os.listdir(dst_dir)):
        if not name.endswith(".ftl") or name.startswith("."):
            continue
        path = os.path.join(dst_dir, name)
        with open(path, "rb") as f:
            store = FluentFile.parsestring(f.read())
        with open(path, "wb") as f:
            f.write(bytes(store))


def discover(root):
    from moz.l10n.paths import L10nConfigPaths, L10nDiscoverPaths

    def rel(p):
        return os.path.relpath(p, root) if p else None

    out = {}
    d = L10nDiscoverPaths(root, ref_root=root, source_locale=["templates", "en-US", "en"])
    out["discover"] = {
        "ref_root": rel(d.ref_root),
        "base": rel(d.base),
        "locales": sorted(d.locales or []),
        "ref_paths": sorted(rel(p) for p in d.ref_paths),
    }
    config = os.path.join(root, "l10n.toml")
    if os.path.isfile(config):
        c = L10nConfigPaths(config)
        pairs = []
        for (ref, target), locales in c.all().items():
            pairs.append([rel(ref), os.path.relpath(target, root), sorted(locales or [])])
        out["config"] = {"locales": sorted(c.all_locales), "paths": sorted(pairs)}
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


def main(argv):
    if len(argv) >= 1 and argv[0] == "pontoon" and len(argv) == 4:
        pontoon(*argv[1:])
    elif len(argv) >= 1 and argv[0] == "weblate" and len(argv) == 3:
        weblate(*argv[1:])
    elif len(argv) >= 1 and argv[0] == "discover" and len(argv) == 2:
        discover(argv[1])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
