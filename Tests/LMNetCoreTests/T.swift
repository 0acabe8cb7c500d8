import XCTest
@testable import LMNetCore
final class T: XCTestCase { func testX() { XCTAssertEqual(coreAnswer(), 42) } }
