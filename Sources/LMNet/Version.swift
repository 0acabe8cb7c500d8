import CLMNet
import LMNetCore

@c @implementation
public func lmnet_abi_version() -> Int32 { coreAnswer() }
