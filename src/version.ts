// The providers' version, as package.json has it (a test keeps the two equal). A constant,
// not a JSON import, to keep the provider's start-up light.
export const VERSION = '0.1.0';
