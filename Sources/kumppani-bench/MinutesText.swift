import KumppaniTUI

/// The live-minutes workload: a 30-page minutes document (~100,000 characters of Finnish
/// minutes prose in paragraphs) and 5,000 keystrokes as a secretary types them: words, spaces,
/// commas, a new paragraph now and then, typos corrected with Backspace, a few arrow keys.
enum MinutesText {
    static let sentences = [
        "Puheenjohtaja avasi kokouksen ja totesi sen laillisesti koolle kutsutuksi ja päätösvaltaiseksi.",
        "Kuntayhtymän järjestöyhteistyön koordinaattori esitteli kumppanuuspöydän ajankohtaiset asiat.",
        "Keskustelussa todettiin, että omaishoitajien vertaistukiryhmille tarvitaan lisää tiloja Heinolassa ja Sysmässä.",
        "Eläkeläisjärjestöjen edustaja kertoi, että kyläyhdistysten kerhotoiminta on vilkastunut syksyn aikana.",
        "Päätettiin valmistella avustushakemusten arviointiperusteet seuraavaan kokoukseen mennessä.",
        "Merkittiin tiedoksi, että hyvinvointialueen avustushaku on avoinna 1.2.–15.3.2027.",
        "Mielenterveysyhdistysten matalan kynnyksen kohtaamispaikat saivat kiitosta asukaskyselyssä.",
        "Todettiin, että järjestöjen ja hyvinvointialueen yhteinen tapahtuma pidetään Lahdessa toukokuussa.",
        "Sovittiin, että työryhmä kokoontuu ennen seuraavaa kokousta ja tuo ehdotuksensa käsiteltäväksi.",
        "Asiasta käytiin vilkas keskustelu, jonka jälkeen esitys hyväksyttiin yksimielisesti.",
        "Jäsen esitti, että nuorisoseurojen harrastustoimintaa tuettaisiin myös pienissä kunnissa.",
        "Kokous päätti lähettää lausunnon hyvinvointialueen hallitukselle 30.11.2026 mennessä.",
    ]

    /// About `characters` characters in paragraphs of three to six sentences.
    static func document(characters: Int = 100_000) -> String {
        var out = ""
        var i = 0
        var paragraphLength = 0
        while out.count < characters {
            let s = sentences[(i * 7 + i / sentences.count) % sentences.count]
            out += (paragraphLength == 0 ? "" : " ") + s
            paragraphLength += 1
            i += 1
            if paragraphLength >= 3 + i % 4 {
                out += "\n\n"
                paragraphLength = 0
            }
        }
        return out
    }

    /// `count` keystrokes: the prose typed character by character, with corrections.
    static func keystrokes(count: Int = 5_000) -> [Key] {
        var keys: [Key] = []
        var i = 0
        let text = sentences.joined(separator: " ")
        let chars = Array(text)
        var position = 0
        while keys.count < count {
            let c = chars[position % chars.count]
            position += 1
            i += 1
            if i % 97 == 0 {
                keys.append(.char("x"))       // a typo…
                keys.append(.backspace)       // …corrected at once
            }
            if i % 251 == 0 { keys.append(.left); keys.append(.right) }
            if c == "." && i % 3 == 0 {
                keys.append(.char("."))
                keys.append(.enter)
                continue
            }
            keys.append(.char(c))
        }
        return Array(keys.prefix(count))
    }
}
