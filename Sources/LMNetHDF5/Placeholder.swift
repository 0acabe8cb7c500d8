import LMNetCore
