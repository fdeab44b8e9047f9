// Ambient types for vite-specific imports (CSS as a string).
/// <reference types="vite/client" />
