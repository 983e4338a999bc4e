// The slice of autocannon's API the catalogue benchmark uses (the package ships no types).
declare module "autocannon" {
  type Options = { url: string; connections: number; duration: number; headers?: Record<string, string> };
  type Result = { requests: { average: number; total: number }; non2xx: number; errors: number; timeouts: number };
  type Instance = PromiseLike<Result> & {
    on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, ms: number) => void): void;
  };
  export default function autocannon(options: Options): Instance;
}
