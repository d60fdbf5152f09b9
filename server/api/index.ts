export { createApi, loadTypeDefs } from './create-api.ts';
export { createContext, type ApiContext } from './context.ts';
export { LIMITS } from './limits.ts';
