import Foundation
import Kumppani
import KumppaniTUI

// A write beyond `ulimit -f` must fail with EFBIG (reported as a full disk), not kill the program.
signal(SIGXFSZ, SIG_IGN)
MallocArenas.useOne()
exit(CommandRunner.run(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
