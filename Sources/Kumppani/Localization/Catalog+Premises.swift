extension Catalog {
    static let premises: [String: Text] = [
        "premises.problem.empty_name": Text("Tilalla pitää olla nimi.", "The premises need a name."),
        "premises.problem.no_premises": Text("Tilaa ei löydy.", "No such premises."),
        "premises.problem.end_before_start": Text("Varauksen pitää päättyä alkamisensa jälkeen.", "A booking must end after it starts."),
        "premises.problem.end_date_before_start": Text("Toistuvan varauksen loppupäivä on ennen alkupäivää.", "The last date of a weekly booking is before the first."),
        "premises.problem.too_long": Text("Toistuva varaus voi kestää enintään kolme vuotta.", "A weekly booking can run for at most three years."),
        "premises.problem.clash": Text("Päällekkäinen varaus {1} klo {2}: {3}.", "Overlaps a booking on {1} at {2}: {3}."),
        "premises.problem.clash_more": Text("Päällekkäisyyksiä on lisäksi {1}.", "{1} more overlaps."),
    ]
}
