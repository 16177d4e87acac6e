/// 225 searches a coordinator really types: Finnish words and stems, other inflections, parts of
/// compound words, municipality and village names (also in Swedish), people's names, Y-tunnus
/// prefixes, addresses, postcodes and phones; 1 to 17 characters, some with typos. Fixed, so runs are comparable.
enum SearchQueries {
    static let all: [String] = {
        let words = [
            // stems and whole words
            "omais", "omaishoit", "omaishoitaja", "eläke", "eläkkeen", "eläkeläiset", "kylä", "kyläyhd", "kylätalo",
            "martat", "martta", "mll", "spr", "4h", "urheilu", "urheiluseura", "palloseura", "hiihto", "uimaseura",
            "nuoriso", "nuorisoseura", "mielenterv", "mieli", "klubitalo", "vertais", "vertaistuki", "perhe",
            "perhekahvila", "lapsi", "lasten", "nuoret", "nuorten", "vammais", "invalidi", "kuurot", "näkövammais",
            "diabetes", "sydän", "syöpä", "reuma", "muisti", "muistiyhd", "päihde", "a-kilta", "sosiaali",
            "seurakunta", "kirkko", "diakonia", "ystävä", "ystävätoim", "vapaaehto", "talkoot", "kerho",
            "tuolijumppa", "liikunta", "kuntosali", "laulu", "kuoro", "teatteri", "retki", "leiri", "kesäleiri",
            "ensiapu", "kotoutum", "maahanmuutt", "monikulttuur", "asukas", "asukasyhd", "kotiseutu", "kotiseutuyhd",
            "metsästys", "kalastus", "vpk", "palokunta", "reserviläis", "veteraani", "sotaveteraan", "lions",
            "rotary", "yrittäjät", "työttömät", "työllis", "ruoka", "ruokakurssi", "neuvonta", "kotitalous",
            // parts of compound words
            "yhdistys", "seura", "toimikunta", "hoitaja", "hoitajat", "kahvila", "tuki", "palvelu",
            "ryhmä", "toiminta", "osasto", "paikallis", "seudun", "keskus", "piste", "talo", "koulu",
            // municipalities and villages, Finnish and Swedish
            "lahti", "lahden", "lahtis", "heinola", "heinolan", "hollola", "hollolan", "orimattila", "orimattilan",
            "asikkala", "asikkalan", "sysmä", "sysmän", "hartola", "hartolan", "padasjoki", "kärkölä", "iitti",
            "nastola", "villähde", "mukkula", "ahtiala", "jalkaranta", "hennala", "salpakangas", "hämeenkoski",
            "vääksy", "vierumäki", "artjärvi", "pennala", "vesijärvi", "päijät", "päijät-häme", "tavastland",
            "heinolan maa", "lahden seud", "hollolan mar",
            // people
            "korhonen", "virtanen", "mäkinen", "hämäläinen", "östman", "päivi", "väinö", "åke", "leena", "matti",
            // folding: typed without the dots
            "aanekoski", "elake", "kyla", "sysma", "paijat", "hameenkoski", "vaaksy", "nakovammais",
            // one and two letters (the list jumps alphabetically)
            "a", "h", "k", "l", "m", "ä", "ö", "å", "ka", "la", "he", "ho", "sy", "pä", "yh", "ky",
            // Y-tunnus prefixes
            "1", "12", "123", "1234", "12345", "123456", "1234567", "2", "26", "29", "0", "07", "19", "3",
            "31", "2345", "0981", "1976",
            // issue 16: other inflections, later parts of compounds, typos, addresses, postcodes,
            // phones and e-mails (the stem, part and typo tiers)
            "omaishoitajien", "omaishoitajille", "heinolassa", "lahdessa", "marttojen", "eläkeläisille",
            "hollolassa", "nuorille", "kyläyhdistyksen", "lehtisen", "vertaisryhmien", "yhdistykset",
            "hoitajien", "kerhon", "omaishoitjat", "heinloa", "vertaistukii", "urheilusera",
            "vesijärvenkatu", "hämeenkatu 12", "15100", "18100", "044 5", "info.", "närståendevårdare",
            // typos and nothing-found
            "omaishoitja", "elakelaiset", "kylayhd", "yhdistyss", "xq", "zzz", "qwerty", "hollola ry",
        ]
        return words
    }()
}
