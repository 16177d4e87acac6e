extension Catalog {
    static let themes: [String: Text] = [
        "theme.problem.format": Text("{1}: {2}; käytetään sisäänrakennettua oletusteemaa.",
                                     "{1}: {2}; using the built-in default theme."),
        "theme.problem.at_line": Text("{1}, rivi {2}", "{1}, line {2}"),
        "theme.problem.not_a_rule": Text("rivi ei ole muotoa ”rooli = VÄRI on TAUSTA [bold] [underline] [reverse]”",
                                         "the line is not of the form “role = FG on BG [bold] [underline] [reverse]”"),
        "theme.problem.unknown_role": Text("tuntematon rooli ”{1}”", "unknown role “{1}”"),
        "theme.problem.unknown_color": Text("tuntematon väri ”{1}” (käytä nimeä kuten red tai bright-blue, numeroa 0–255, muotoa #rrggbb tai default)",
                                            "unknown colour “{1}” (use a name such as red or bright-blue, a number 0–255, #rrggbb or default)"),
        "theme.problem.unknown_attribute": Text("tuntematon määre ”{1}” (sallitut: bold, underline, reverse, dim)",
                                                "unknown attribute “{1}” (allowed: bold, underline, reverse, dim)"),
        "theme.problem.missing_background": Text("sanan ”on” jälkeen puuttuu taustaväri", "a background colour is missing after “on”"),
        "theme.problem.empty_style": Text("yhtäsuuruusmerkin jälkeen ei ole tyyliä", "there is no style after the equals sign"),
        "theme.problem.duplicate_role": Text("rooli ”{1}” on määritelty jo aiemmin", "role “{1}” is already defined above"),
        "theme.problem.unreadable": Text("teematiedostoa ei voi lukea (UTF-8-tekstiä odotetaan)", "the theme file cannot be read (UTF-8 text expected)"),
        "theme.problem.not_found": Text("Teemaa ”{1}” ei löydy; käytetään sisäänrakennettua oletusteemaa.",
                                        "Theme “{1}” was not found; using the built-in default theme."),
    ]
}
