extension Catalog {
    /// Reasons why a Finnish identifier, amount, date or contact detail was not accepted,
    /// and weekday names.
    static let finnish: [String: Text] = [
        // Y-tunnus
        "finnish.business_id.empty": Text("Y-tunnus puuttuu.", "The business ID is missing."),
        "finnish.business_id.wrong_shape": Text(
            "Y-tunnus kirjoitetaan muodossa 1234567-8 (seitsemän numeroa, väliviiva ja tarkistusnumero).",
            "A business ID is written as 1234567-8 (seven digits, a hyphen and a check digit)."),
        "finnish.business_id.wrong_check_digit": Text(
            "Y-tunnuksen tarkistusnumero ei täsmää: näillä numeroilla sen pitäisi olla {1}. Tarkista numerot.",
            "The check digit of the business ID does not match: with these digits it should be {1}. Check the digits."),
        "finnish.business_id.no_valid_check_digit": Text(
            "Tällaista Y-tunnusta ei voi olla olemassa: seitsemälle ensimmäiselle numerolle ei ole tarkistusnumeroa. Tarkista numerot.",
            "No such business ID can exist: the first seven digits have no valid check digit. Check the digits."),

        // IBAN
        "finnish.iban.empty": Text("Tilinumero puuttuu.", "The account number is missing."),
        "finnish.iban.bad_characters": Text(
            "Tilinumerossa saa olla vain kirjaimia A–Z, numeroita ja välilyöntejä.",
            "An account number may only contain letters A–Z, digits and spaces."),
        "finnish.iban.wrong_shape": Text(
            "Tilinumero kirjoitetaan IBAN-muodossa: maatunnus ja kaksi numeroa alussa, esimerkiksi FI21 1234 5600 0007 85.",
            "Write the account number as an IBAN: a country code and two digits first, for example FI21 1234 5600 0007 85."),
        "finnish.iban.unknown_country": Text(
            "Maatunnus {1} ei ole IBAN-maa. Tarkista tilinumeron kaksi ensimmäistä kirjainta.",
            "{1} is not a country that uses IBANs. Check the first two letters of the account number."),
        "finnish.iban.wrong_length": Text(
            "Maan {1} IBAN-tilinumerossa on {2} merkkiä, tässä on {3}.",
            "An IBAN from {1} has {2} characters; this one has {3}."),
        "finnish.iban.wrong_check_digits": Text(
            "Tilinumeron tarkiste ei täsmää: jokin numero on väärin tai kaksi numeroa on vaihtanut paikkaa.",
            "The account number's check digits do not match: a digit is wrong or two digits are swapped."),

        // Viitenumero
        "finnish.reference.empty": Text("Viitenumero puuttuu.", "The reference number is missing."),
        "finnish.reference.bad_characters": Text(
            "Viitenumerossa saa olla vain numeroita ja välilyöntejä (RF-viitteessä myös kirjaimia).",
            "A reference number may only contain digits and spaces (an RF reference also letters)."),
        "finnish.reference.wrong_length": Text(
            "Viitenumerossa on oltava {1}–{2} merkkiä.",
            "A reference number must have {1} to {2} characters."),
        "finnish.reference.wrong_check_digit": Text(
            "Viitenumeron tarkiste ei täsmää: viimeisen numeron pitäisi olla {1}. Tarkista numerot.",
            "The reference number's check digit does not match: the last digit should be {1}. Check the digits."),
        "finnish.reference.wrong_creditor_check_digits": Text(
            "RF-viitteen tarkiste ei täsmää: jokin merkki on väärin tai kaksi merkkiä on vaihtanut paikkaa.",
            "The RF reference's check digits do not match: a character is wrong or two are swapped."),

        // Yhdistysrekisterin numero
        "finnish.register.empty": Text("Rekisterinumero puuttuu.", "The register number is missing."),
        "finnish.register.bad_characters": Text(
            "Rekisterinumerossa saa olla vain numeroita, esimerkiksi 123.456.",
            "A register number may only contain digits, for example 123.456."),
        "finnish.register.too_long": Text(
            "Rekisterinumerossa on enintään kuusi numeroa.",
            "A register number has at most six digits."),
        "finnish.register.misplaced_separator": Text(
            "Piste tai välilyönti kuuluu vain ennen kolmea viimeistä numeroa, esimerkiksi 123.456.",
            "A dot or space belongs only before the last three digits, for example 123.456."),
        "finnish.register.zero": Text("Rekisterinumero ei voi olla nolla.", "A register number cannot be zero."),

        // Rahasummat
        "finnish.money.empty": Text("Summa puuttuu.", "The amount is missing."),
        "finnish.money.not_a_number": Text(
            "Summa ei ole luku. Kirjoita esimerkiksi 1 234,56 tai 1234,56 €.",
            "The amount is not a number. Write for example 1,234.56 or 1234.56 €."),
        "finnish.money.too_many_decimals": Text(
            "Summassa voi olla enintään kaksi desimaalia (sentit).",
            "An amount can have at most two decimals (cents)."),
        "finnish.money.negative_not_allowed": Text(
            "Summa ei voi olla negatiivinen.",
            "The amount cannot be negative."),
        "finnish.money.too_large": Text("Summa on liian suuri.", "The amount is too large."),

        // Päivämäärät ja kellonajat
        "finnish.date.empty": Text("Päivämäärä puuttuu.", "The date is missing."),
        "finnish.date.wrong_shape": Text(
            "Päivämäärää ei tunnistettu. Kirjoita esimerkiksi 23.11.2026, 23.11., tänään, huomenna tai +7.",
            "The date was not recognised. Write for example 23.11.2026, 2026-11-23, today, tomorrow or +7."),
        "finnish.date.two_digit_year": Text(
            "Kirjoita vuosi neljällä numerolla (esimerkiksi 23.11.2026): kaksinumeroinen vuosi voi tarkoittaa kahta vuosisataa.",
            "Write the year with four digits (for example 23.11.2026): a two-digit year could mean two centuries."),
        "finnish.date.no_such_day": Text(
            "Päivää {1}.{2}.{3} ei ole: kuussa on {4} päivää.",
            "There is no day {1}.{2}.{3}: that month has {4} days."),
        "finnish.date.no_such_month": Text(
            "Kuukautta {1} ei ole: kuukausi on 1–12.",
            "There is no month {1}: months are 1 to 12."),
        "finnish.date.year_out_of_range": Text(
            "Vuoden pitää olla välillä {1}–{2}.",
            "The year must be between {1} and {2}."),
        "finnish.date.offset_too_large": Text(
            "Päiviä voi lisätä tai vähentää enintään {1}.",
            "You can add or subtract at most {1} days."),
        "finnish.time.empty": Text("Kellonaika puuttuu.", "The time is missing."),
        "finnish.time.wrong_shape": Text(
            "Kellonaikaa ei tunnistettu. Kirjoita esimerkiksi 14.05 tai 9.",
            "The time was not recognised. Write for example 14:05 or 9."),
        "finnish.time.out_of_range": Text(
            "Kellonaika on väliltä 0.00–23.59.",
            "A time of day is between 00:00 and 23:59."),

        // Viikonpäivät
        "finnish.weekday.1": Text("maanantai", "Monday"),
        "finnish.weekday.2": Text("tiistai", "Tuesday"),
        "finnish.weekday.3": Text("keskiviikko", "Wednesday"),
        "finnish.weekday.4": Text("torstai", "Thursday"),
        "finnish.weekday.5": Text("perjantai", "Friday"),
        "finnish.weekday.6": Text("lauantai", "Saturday"),
        "finnish.weekday.7": Text("sunnuntai", "Sunday"),
        "finnish.weekday.short.1": Text("ma", "Mon"),
        "finnish.weekday.short.2": Text("ti", "Tue"),
        "finnish.weekday.short.3": Text("ke", "Wed"),
        "finnish.weekday.short.4": Text("to", "Thu"),
        "finnish.weekday.short.5": Text("pe", "Fri"),
        "finnish.weekday.short.6": Text("la", "Sat"),
        "finnish.weekday.short.7": Text("su", "Sun"),

        // Yhteystiedot
        "finnish.contact.empty": Text("Tieto puuttuu.", "The value is missing."),
        "finnish.contact.email_has_spaces": Text(
            "Sähköpostiosoitteessa ei voi olla välilyöntejä.",
            "An email address cannot contain spaces."),
        "finnish.contact.email_missing_at": Text(
            "Sähköpostiosoitteesta puuttuu @-merkki.",
            "The email address is missing the @ sign."),
        "finnish.contact.email_too_many_ats": Text(
            "Sähköpostiosoitteessa saa olla vain yksi @-merkki. Kirjoita yksi osoite kerrallaan.",
            "An email address has only one @ sign. Enter one address at a time."),
        "finnish.contact.email_bad_local_part": Text(
            "Sähköpostiosoitteen alku (ennen @-merkkiä) ei kelpaa.",
            "The part of the email address before the @ sign is not valid."),
        "finnish.contact.email_bad_domain": Text(
            "Sähköpostiosoitteen verkkotunnus (@-merkin jälkeen) ei kelpaa, esimerkiksi yhdistys.fi.",
            "The domain of the email address (after the @ sign) is not valid, for example association.org."),
        "finnish.contact.phone_bad_characters": Text(
            "Puhelinnumerossa saa olla vain numeroita, välilyöntejä, väliviivoja, sulkeita ja alussa +.",
            "A phone number may only contain digits, spaces, hyphens, parentheses and a leading +."),
        "finnish.contact.phone_missing_prefix": Text(
            "Aloita puhelinnumero suuntanumerolla (esimerkiksi 040) tai maatunnuksella (+358).",
            "Start the phone number with an area code (for example 040) or a country code (+358)."),
        "finnish.contact.phone_wrong_length": Text(
            "Puhelinnumerossa on liian vähän tai liian monta numeroa.",
            "The phone number has too few or too many digits."),
        "finnish.contact.website_has_spaces": Text(
            "Verkko-osoitteessa ei voi olla välilyöntejä.",
            "A web address cannot contain spaces."),
        "finnish.contact.website_bad_scheme": Text(
            "Verkko-osoitteen pitää alkaa https:// tai http:// (tai ilman niitä, esimerkiksi yhdistys.fi).",
            "A web address must start with https:// or http:// (or neither, for example association.org)."),
        "finnish.contact.website_bad_host": Text(
            "Verkko-osoite ei kelpaa. Kirjoita esimerkiksi yhdistys.fi tai https://www.yhdistys.fi.",
            "The web address is not valid. Write for example association.org or https://www.association.org."),
    ]
}
