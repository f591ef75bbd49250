"""Text as old Vietnamese fonts stored it: TCVN3 (ABC; .VnTime) and VNI (VNI-Times), for the
corpus's legacy-encoding family. The check must read these as Unicode without rewriting cells."""
import unicodedata


# ---- old encodings -------------------------------------------------------------------------
def tcvn3(text):
    """How a .VnTime cell shows `text`: TCVN3 (ABC) bytes read as Latin-1. ABC has no capitals
    with tone marks (titles use the .VnTimeH font, which draws the small letters' codes as
    capitals), so such a capital is written with its small letter's code, as typists did."""
    import subprocess

    def enc(s):
        return subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=s.encode(),
                              capture_output=True, check=True).stdout
    out = []
    for ch in text:
        b = enc(ch) if ord(ch) >= 0x80 else ch.encode()
        if any(x < 0x20 or 0x80 <= x < 0xA0 for x in b):
            b = enc(ch.lower())
        out.append(b.decode("latin-1"))
    return "".join(out)


_TONES = {"\u0301": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0323": 4}   # sắc huyền hỏi ngã nặng
_PLAIN = "ùøûõï"
_CIRC = "áàåãä"
_BREVE = "éèúüë"
_I = "íìæóò"


def vni(text):
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        up = base.isupper()
        lo = base.lower()
        tone = next((_TONES[m] for m in marks if m in _TONES), None)
        circ, breve, horn = "\u0302" in marks, "\u0306" in marks, "\u031b" in marks
        cas = (lambda s: s.upper()) if up else (lambda s: s)
        if lo == "đ" or ch in "đĐ":
            out.append(cas("ñ"))
        elif lo == "i" and tone is not None:
            out.append(cas(_I[tone]))
        elif horn:
            out.append(cas({"o": "ô", "u": "ö"}[lo]) + (cas(_PLAIN[tone]) if tone is not None else ""))
        elif circ:
            out.append(base + cas(_CIRC[tone] if tone is not None else "â"))
        elif breve:
            out.append(base + cas(_BREVE[tone] if tone is not None else "ê"))
        elif tone is not None and lo in "aeiouy":
            out.append(base + cas(_PLAIN[tone]))
        else:
            out.append(ch)
    return "".join(out)


def encoded(rows, enc):
    def conv(v):
        if isinstance(v, str) and v and not v.startswith("=") and not v.startswith("'"):
            return enc(v)
        return v
    return [[conv(v) for v in row] for row in rows]
