/** Tariff differentiation by CAO (domain spec §8). */
export * from "./normbezetting";
export * from "./tariefgroepen";
