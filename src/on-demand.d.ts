/** `import path from './x.ts?on-demand'`: where the bundled browser module is served (src/integrations/on-demand-modules.ts). */
declare module '*?on-demand' {
  const path: string;
  export default path;
}
