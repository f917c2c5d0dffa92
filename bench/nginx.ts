import { spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort, stopProcess, waitForOk } from "./processes.ts";

export const NGINX = "/usr/sbin/nginx";

export const nginxInstalled = (): boolean => fs.existsSync(NGINX);

export interface StaticFile {
  /** URL path, e.g. /moter/123. */
  path: string;
  body: Buffer;
}

export interface StaticServer {
  baseUrl: string;
  version: string;
  stop(): Promise<void>;
}

function nginxConfig(dir: string, port: number): string {
  return `worker_processes auto;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  sendfile on;
  tcp_nopush on;
  # Node keeps a connection for any number of requests; so does the reference.
  keepalive_requests 1000000;
  types { }
  default_type "text/html; charset=utf-8";
  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
  }
}
`;
}

/**
 * Serves the given bytes as static files from an nginx with its own configuration in a
 * temporary folder, so no system configuration is read or changed.
 */
export async function startNginx(files: StaticFile[]): Promise<StaticServer> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), "folkestyre-nginx-"));
  // Workers drop root privileges and must be able to read the files.
  await fsp.chmod(dir, 0o755);
  for (const file of files) {
    const target = path.join(dir, "www", file.path);
    await fsp.mkdir(path.dirname(target), { recursive: true, mode: 0o755 });
    await fsp.writeFile(target, file.body, { mode: 0o644 });
  }
  const port = await freePort();
  const configFile = path.join(dir, "nginx.conf");
  await fsp.writeFile(configFile, nginxConfig(dir, port));
  // -e: nginx opens its error log before reading the configuration; keep it in our folder too.
  const nginx = spawn(NGINX, ["-p", `${dir}/`, "-c", configFile, "-e", `${dir}/error.log`], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  nginx.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopProcess(nginx);
    await fsp.rm(dir, { recursive: true, force: true });
  };
  const first = files[0];
  try {
    if (!first) throw new Error("No files to serve");
    await waitForOk(`${baseUrl}${first.path}`, nginx, () => stderr);
  } catch (error) {
    const log = await fsp.readFile(path.join(dir, "error.log"), "utf8").catch(() => "");
    await stop();
    throw new Error(`nginx did not start: ${(error as Error).message}\n${log}`);
  }
  const version = await nginxVersion();
  return { baseUrl, version, stop };
}

async function nginxVersion(): Promise<string> {
  const child = spawn(NGINX, ["-v"], { stdio: ["ignore", "ignore", "pipe"] });
  let output = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  await once(child, "close");
  return /nginx\/(\S+)/.exec(output)?.[1] ?? "unknown";
}
