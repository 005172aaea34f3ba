export * from "./anchor";
export * from "./segments";
