# The app image for docker-compose: Node 24, the client built, the server run from source.
FROM node:24-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build
EXPOSE 4000
CMD ["node", "server/main.ts"]
