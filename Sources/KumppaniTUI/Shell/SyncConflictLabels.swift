import Kumppani

/// How the sync conflict dialog names a conflict's table and column: "Yhdistys", "Puhelin",
/// never `associations` or `phone`. An association's field reads as its form labels it; every
/// other column of an exchanged table has a `copysync.column.<column>` label (one per column
/// name, shared by the tables that have it), and every exchanged table a `copysync.table.<table>`.
enum SyncConflictLabels {
    static func field(table: String, column: String, kind: String, l: L) -> String {
        if column == "*" { return l["copysync.conflicts.kind.\(kind)"] }
        if table == "associations", Catalog.all["directory.field.\(column)"] != nil { return l["directory.field.\(column)"] }
        return named("copysync.column.\(column)", else: column, l: l)
    }

    static func table(_ table: String, l: L) -> String {
        named("copysync.table.\(table)", else: table, l: l)
    }

    /// A name the catalog does not have (a column of a newer version's file) shows as it is.
    private static func named(_ key: String, else raw: String, l: L) -> String {
        Catalog.all[key] == nil ? raw : l[key]
    }
}
