import Foundation

/// glibc keeps the heap that a big job freed (an import's rows, the duplicate search's blocks)
/// mapped in the process, so the next job's peak starts from the last one's. `returnToSystem`
/// (`malloc_trim(0)`) hands the freed pages back; it is called when such a job has finished.
public enum FreedMemory {
    public static func returnToSystem() {
        // `malloc_trim` lives in <malloc.h>, which the Glibc module does not import.
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }
}
