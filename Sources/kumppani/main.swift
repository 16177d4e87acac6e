import Foundation
import Kumppani
import KumppaniTUI

print("kumppani: under construction")
