FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 FACTCHECK_VAR_DIR=/app/var
WORKDIR /app
RUN useradd --create-home --uid 10001 factcheck
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
# Collect static files at build time; a throwaway key is enough for that step.
RUN DJANGO_DEBUG=false DJANGO_SECRET_KEY=build-only python manage.py collectstatic --noinput \
    && mkdir -p /app/var && chown -R factcheck /app/var
USER factcheck
EXPOSE 8000
CMD ["gunicorn", "factcheck.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
