// A CustomFunctions global as Excel's runtime provides it, with the real error strings, so adapter tests
// assert what a user sees in a cell.
class CustomFunctionsError extends Error {
  constructor(code, message) {
    super(message || "");
    this.code = code;
    this.message = message || "";
  }
}
globalThis.CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: () => undefined,
};
