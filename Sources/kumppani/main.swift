import Foundation
import Kumppani
import KumppaniTUI

exit(CommandRunner.run(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
