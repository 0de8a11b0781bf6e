// Mutation testing only (jest.stryker.config.js): a stand-in for a heavy module that loads the real one at its
// first use. Stryker runs the whole test bundle once per mutant; exceljs and hyperformula took ~1 s of every run
// to load while only a few tests use them. Behaviour is the real module's: every property read goes to it.
module.exports = function lui(laad, esModule) {
  let echt;
  const module = () => (echt ??= laad());
  return new Proxy(
    {},
    {
      // answered without loading: TypeScript's import helpers ask this at import time
      get: (_doel, sleutel) => (sleutel === "__esModule" ? esModule : module()[sleutel]),
      has: (_doel, sleutel) => sleutel in module(),
      ownKeys: () => Reflect.ownKeys(module()),
      getOwnPropertyDescriptor: (_doel, sleutel) => {
        const d = Reflect.getOwnPropertyDescriptor(module(), sleutel);
        return d && { ...d, configurable: true };
      },
    },
  );
};
