import Foundation

/// glibc gives each thread that allocates its own malloc arena. The import checks rows on a second
/// thread and the writer frees them, so two arenas held ~3 MiB more at the peak of a
/// 100,000-row import (kumppani-bench), at no gain in speed. The programs call this first thing.
public enum MallocArenas {
    public static func useOne() {
        // `mallopt` and `M_ARENA_MAX` (-8) live in <malloc.h>, which the Glibc module does not import.
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: MallOpt.self)(-8, 1)
    }
}
