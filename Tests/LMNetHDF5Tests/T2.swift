import XCTest
@testable import LMNetCore
final class T2: XCTestCase { func testX() { XCTAssertEqual(coreAnswer(), 42) } }
