# The newsgraph API and worker. The spaCy model comes from PyPI with the dependencies;
# nothing is downloaded at run time.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY app ./app
COPY graph ./graph
COPY ingest ./ingest
COPY cypher ./cypher
COPY browser ./browser
RUN pip install -e . && useradd --create-home newsgraph
USER newsgraph
EXPOSE 8000
CMD ["newsgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
