import Foundation
import Kumppani

/// After an import or an export of the directory (issue 16): the UI connection's page cache is
/// full of the pages the job went through (up to 32 MiB of rows and search index the screens
/// have not asked for), and glibc keeps the heap the job freed. Both go back to the system, so a
/// search or the duplicate search after it in the same session does not peak on top of them.
/// The cache refills with what the screens read next.
extension LiveServices {
    func releaseMemoryAfterBulkJob() {
        store.database.releaseCachedPages()
        FreedMemory.returnToSystem()
    }
}
