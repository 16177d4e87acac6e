extension Catalog {
    static let presenter: [String: Text] = [
        "presenter.not_a_terminal": Text("kumppani: vakiosyöte tai -tuloste ei ole pääte; käynnistä ohjelma päätteessä (tai käytä --replay-tilaa).",
                                         "kumppani: standard input or output is not a terminal; start the program in a terminal (or use --replay)."),
        "presenter.term_unset": Text("kumppani: TERM-muuttujaa ei ole asetettu; aseta esimerkiksi TERM=xterm-256color.",
                                     "kumppani: TERM is not set; set it, for example TERM=xterm-256color."),
        "presenter.term_dumb": Text("kumppani: pääte ”{1}” ei tue koko näytön ohjelmia; käytä esimerkiksi TERM=xterm-256color.",
                                    "kumppani: the terminal “{1}” cannot show a full-screen program; use for example TERM=xterm-256color."),
        "presenter.init_failed": Text("kumppani: päätettä ”{1}” ei voi käyttää (terminfo-kuvausta ei löydy?).",
                                      "kumppani: cannot use the terminal “{1}” (no terminfo description?)."),
        "replay.unknown_token": Text("toistoskripti, rivi {1}, sarake {2}: tuntematon merkintä ”{3}”",
                                     "replay script, line {1}, column {2}: unknown token “{3}”"),
        "replay.unclosed_token": Text("toistoskripti, rivi {1}, sarake {2}: ”<” ilman päättävää ”>” (kirjoita < muodossa <lt>)",
                                      "replay script, line {1}, column {2}: “<” without a closing “>” (write < as <lt>)"),
        "replay.unclosed_paste": Text("toistoskripti, rivi {1}, sarake {2}: <Paste> ilman päättävää </Paste>",
                                      "replay script, line {1}, column {2}: <Paste> without a closing </Paste>"),
        "replay.bad_resize": Text("toistoskripti, rivi {1}, sarake {2}: virheellinen koko ”{3}” (odotetaan esim. <Resize 120x40>)",
                                  "replay script, line {1}, column {2}: bad size “{3}” (expected e.g. <Resize 120x40>)"),
    ]
}
