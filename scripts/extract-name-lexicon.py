#!/usr/bin/env python3
"""Builds the name lexicon shipped in models/.../vocab/ from datafaker's locale YAML files.

Source: net.datafaker:datafaker:2.7.0 (Maven Central, Apache License 2.0); its English first names are the
US Census 1990 frequent first-name lists. Run once when the data should change, and commit the text files:
the lexicon is data in this repository, datafaker is not a dependency of pixelscrub.

    mvn -B -q dependency:get -Dartifact=net.datafaker:datafaker:2.7.0 -Dtransitive=false
    python3 scripts/extract-name-lexicon.py ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar

Names of 1-2 letters are left out (they never decide alone), and so is every word of the shipped device
vocabularies and PHI labels (GAIN, MI, PAT...), so that a device label is never taken for a name.
"""
import io
import pathlib
import sys
import unicodedata
import zipfile

import yaml

VOCAB = pathlib.Path(__file__).resolve().parent.parent / "models/src/main/resources/io/pixelscrub/models/vocab"
DEVICE_LISTS = ["units.txt", "device-labels.txt", "orientation.txt", "anatomy.txt", "vendors.txt",
                "common-words.txt", "institution-words.txt"]
# locale file -> keys holding first names / surnames
LOCALES = {
    "en/name.yml": (["male_first_name", "female_first_name"], ["last_name"]),
    "de.yml": (["male_first_name", "female_first_name"], ["last_name"]),
    "es.yml": (["male_first_name", "female_first_name"], ["last_name"]),
    "fr.yml": (["first_name"], ["last_name"]),
    "it.yml": (["first_name"], ["last_name"]),
    "pt.yml": (["first_name"], ["last_name"]),
    "pl.yml": (["first_name"], ["last_name"]),
    "sv.yml": (["male_first_name", "female_first_name"], ["last_name"]),
    "tr.yml": (["male_first_name", "female_first_name"], ["last_name"]),
    "en-IN.yml": (["first_name"], ["last_name"]),
}


def words_of(path):
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.update(w.upper() for w in line.split())
    return out


def fold(name):
    """Upper case without diacritics: OCR of burned-in text rarely keeps them."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def names_under(node, keys):
    values = []
    for key in keys:
        for v in node.get(key, []) or []:
            if isinstance(v, str) and not v.startswith("#{"):
                values.append(v)
    return values


def main(jar):
    device = set()
    for name in DEVICE_LISTS:
        device |= words_of(VOCAB / name)
    months = set()
    for line in (VOCAB / "months.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            months.update(line.split()[1:])
    labels = set()
    for line in (VOCAB / "phi-labels.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            labels.add(line.split()[0].strip(":#.").upper())
    excluded = device | months | labels
    first, last = set(), set()
    with zipfile.ZipFile(jar) as z:
        for entry, (first_keys, last_keys) in LOCALES.items():
            doc = yaml.safe_load(io.TextIOWrapper(z.open(entry), encoding="utf-8"))
            node = next(iter(doc.values()))["faker"]["name"]
            for target, keys in ((first, first_keys), (last, last_keys)):
                for raw in names_under(node, keys):
                    for part in raw.replace("-", " ").split():
                        w = fold(part).strip(".'")
                        if len(w) >= 3 and w.isalpha() and w not in excluded:
                            target.add(w)
    header = ("# {what}, upper case, one per line. Extracted by scripts/extract-name-lexicon.py from\n"
              "# net.datafaker:datafaker:2.7.0 (Apache License 2.0) locale files: {locales}.\n"
              "# Names shorter than 3 letters and words of the device vocabularies are left out.\n")
    locales = ", ".join(LOCALES)
    (VOCAB / "first-names.txt").write_text(header.format(what="First names", locales=locales)
                                          + "\n".join(sorted(first)) + "\n", encoding="utf-8")
    (VOCAB / "surnames.txt").write_text(header.format(what="Surnames", locales=locales)
                                       + "\n".join(sorted(last)) + "\n", encoding="utf-8")
    print(f"{len(first)} first names, {len(last)} surnames")


if __name__ == "__main__":
    main(sys.argv[1])
