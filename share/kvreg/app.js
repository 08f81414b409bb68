// kvreg serve: a little JavaScript where it helps. Every page works without it.
"use strict";
(function () {
  const csrf = document.querySelector('meta[name="csrf"]').content;

  // "Ditt namn" is remembered between forms.
  for (const input of document.querySelectorAll("input.author")) {
    input.value = localStorage.getItem("kvreg.author") || "";
    input.addEventListener("change", () => localStorage.setItem("kvreg.author", input.value));
  }

  const form = document.getElementById("upload");
  if (!form) return;
  const input = document.getElementById("filer");
  const zone = document.getElementById("dropzone");
  const progress = document.getElementById("progress");
  const labels = {imported: "importerad", unchanged: "redan i registret", failed: "misslyckades",
                  skipped: "hoppades över", waiting: "väntar"};

  function show(job) {
    const table = document.createElement("table");
    table.className = "import";
    table.dataset.job = job.job;
    table.dataset.state = job.state;
    const caption = table.createCaption();
    caption.textContent = "Import " + job.job + ": " + (job.state === "done" ? "klar" : job.state === "failed" ? "misslyckades" : "pågår");
    const head = table.createTHead().insertRow();
    for (const h of ["Fil", "Utfall", "Skäl"]) head.appendChild(document.createElement("th")).textContent = h;
    const body = table.createTBody();
    for (const f of job.files) {
      const row = body.insertRow();
      row.className = "outcome " + f.status;
      row.insertCell().textContent = f.file;
      row.insertCell().textContent = labels[f.status] || f.status;
      row.insertCell().textContent = f.error || "";
    }
    progress.replaceChildren(table);
  }

  async function follow(id) {
    for (;;) {
      const res = await fetch("/api/import/" + id);
      const job = await res.json();
      show(job);
      if (job.state === "done" || job.state === "failed") return;
      await new Promise((r) => setTimeout(r, 400));
    }
  }

  async function upload(files) {
    const data = new FormData();
    data.append("csrf", csrf);
    for (const f of files) data.append("filer", f, f.name);
    progress.textContent = "Laddar upp " + files.length + " filer …";
    const res = await fetch("/api/import", {method: "POST", body: data, headers: {"X-CSRF-Token": csrf}});
    const job = await res.json();
    if (!res.ok) {
      progress.textContent = job.error || ("Fel " + res.status);
      return;
    }
    show(job);
    follow(job.job);
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (input.files.length) upload(Array.from(input.files));
  });
  zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    upload(Array.from(e.dataTransfer.files));
  });
  const running = progress.querySelector("table.import");
  if (running && running.dataset.state !== "done" && running.dataset.state !== "failed") follow(running.dataset.job);
})();
