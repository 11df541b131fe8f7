/// What one function's own instructions do.
struct FunctionScan {
    var helpers: Set<Int> = []
    /// Indexes of called functions in the decoder's function list.
    var callees: Set<Int> = []
    var kfuncs: Set<String> = []
    var mapReferences: Set<String> = []
    var features: Set<BPFFeature> = []
    var usesCallRegister = false
}
