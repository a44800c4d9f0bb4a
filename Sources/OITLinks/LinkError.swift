import OITModel
import OITSite

/// A request that got no answer: its class, and whether the connection was refused (a reset on
/// HEAD is asked again with GET; a refused connection would refuse GET too).
struct LinkError: Error, Equatable {
    var result: LinkResult.Class
    var refused: Bool
}
