import Foundation
import Kumppani
import KumppaniTUI

print("kumppani-bench: under construction")
