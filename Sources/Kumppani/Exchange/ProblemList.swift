/// The problems of one import, kept bounded: the first `cap` in full and a count of the rest. A
/// header of 500,000 unknown columns or a JSON object with a million keys used to build a message
/// per problem (hundreds of megabytes) that nobody could read anyway.
struct ProblemList {
    static let cap = 200
    private(set) var kept: [ImportProblem] = []
    /// Every problem found, listed or not.
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    mutating func append(_ problem: ImportProblem) {
        count += 1
        if kept.count < Self.cap { kept.append(problem) }
    }

    /// What `ImportFailure.invalid` carries: the kept problems, then "… and N more (total)".
    var listed: [ImportProblem] {
        guard count > kept.count else { return kept }
        return kept + [ImportProblem.more(count - kept.count, total: count)]
    }
}

extension ImportProblem {
    /// The closing line of a capped list (line 0: it belongs to no line of the file).
    static func more(_ more: Int, total: Int) -> ImportProblem {
        ImportProblem(line: 0, column: nil, key: "files.more_problems", args: ["\(more)", "\(total)"])
    }

    var isMoreLine: Bool { key == "files.more_problems" && line == 0 }
}
