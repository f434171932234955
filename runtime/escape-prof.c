/* escape-prof.c -- the preload library of escape-prof: counts a
   program's heap allocations per call site.

   Owns the measurement half of the profile-then-ask workflow (Go's
   pprof -memprofile, for C): loaded with LD_PRELOAD by scripts/escape-prof
   into the program and every process it starts, it replaces malloc,
   calloc, realloc, free, aligned_alloc, posix_memalign, memalign, strdup
   and strndup with versions that call glibc's own allocator
   (__libc_malloc and kin, so nothing is allocated twice and nothing of
   the program changes) and count, per call site - the return address of
   the allocation call - the calls, the bytes asked for, how many of the
   site's objects were freed, and how many of those were short-lived
   (freed before SHORT_LIVED further allocations of the process).  At
   exit each process writes its counts to ESCAPE_PROF_DIR/prof.PID (a
   new file: prof.PID.N when a reused PID's file exists), one
   line a site with the module and the address, which escape-prof merges
   and resolves to file:line:function offline (addr2line).

   An allocation made inside a system library (the C library's fopen,
   regcomp, getline; any object under /lib or /usr/lib, or this library)
   is counted at the library's call site and, as part of the site's key,
   at the first caller frame in the program (the main executable or a
   shared object of its own), found with backtrace: only those
   allocations pay for the unwinding.

   What it cannot see: a process that ends with _exit or a signal writes
   nothing; a static binary cannot be preloaded; an allocation inside a
   library with no program frame under it (a library's own thread, an
   exit handler) keeps only the library's call site.  A child made by fork starts with empty counts
   (its parent's are its parent's), and objects the parent allocated are
   not counted when the child frees them.

   The tables never call malloc: sites live in a fixed array, live
   objects in an open-addressing hash table grown with mmap.  One lock
   serialises the bookkeeping; the allocations themselves run outside it.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <unistd.h>

extern void *__libc_malloc (size_t);
extern void *__libc_calloc (size_t, size_t);
extern void *__libc_realloc (void *, size_t);
extern void __libc_free (void *);
extern void *__libc_memalign (size_t, size_t);

/* The allocation functions, as named in the profile.  */
enum prof_kind
{
  K_MALLOC, K_CALLOC, K_REALLOC, K_ALIGNED_ALLOC, K_POSIX_MEMALIGN,
  K_MEMALIGN, K_STRDUP, K_STRNDUP, K_NUM
};

static const char *const prof_kind_name[K_NUM] = {
  "malloc", "calloc", "realloc", "aligned_alloc", "posix_memalign",
  "memalign", "strdup", "strndup"
};

/* An object freed before this many further allocations is short-lived.  */
#define SHORT_LIVED 1024

/* One call site: the return address of the allocation call and, when
   that lies in a system library, the return address of the first frame
   in the program (CALLER) and of the library frame it called (ENTRY);
   both 0 otherwise.  */
struct prof_site
{
  uintptr_t pc, caller, entry;
  unsigned kind;
  unsigned long long calls, bytes, frees, short_lived;
};

#define NSITES (1u << 15)
static struct prof_site sites[NSITES];
static unsigned long long sites_dropped;	/* Calls of sites that did
						   not fit the table.  */

/* One live object: its address, its site and when it was born.  */
struct prof_obj
{
  uintptr_t ptr;		/* 0: an empty entry.  */
  unsigned site;
  unsigned gen;			/* The process generation (fork).  */
  unsigned long long birth;
};

static struct prof_obj *objs;
static size_t objs_cap, objs_used;

static unsigned long long prof_clock;	/* Allocations counted so far.  */
static unsigned prof_gen;		/* Bumped in a child after fork.  */
static int prof_lock;
static __thread int prof_busy;		/* Inside one of our functions.  */
static int prof_off;			/* Set once the profile is written.  */

/* Take and release the bookkeeping lock.  */

static void
prof_acquire (void)
{
  while (__atomic_exchange_n (&prof_lock, 1, __ATOMIC_ACQUIRE))
    while (__atomic_load_n (&prof_lock, __ATOMIC_RELAXED))
      ;
}

static void
prof_release (void)
{
  __atomic_store_n (&prof_lock, 0, __ATOMIC_RELEASE);
}

/* Return a hash of the word X.  */

static size_t
prof_hash (uintptr_t x)
{
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return (size_t) x;
}

/* Return the index of the site of PC, CALLER, ENTRY and KIND, entering
   it if new, or NSITES when the table is full.  */

static unsigned
prof_site_index (uintptr_t pc, uintptr_t caller, uintptr_t entry,
		 unsigned kind)
{
  size_t mask = NSITES - 1;
  for (size_t i = prof_hash (pc ^ kind ^ prof_hash (caller ^ entry)) & mask,
       n = 0; n < NSITES; i = (i + 1) & mask, n++)
    {
      if (sites[i].pc == pc && sites[i].kind == kind
	  && sites[i].caller == caller && sites[i].entry == entry)
	return (unsigned) i;
      if (sites[i].pc == 0)
	{
	  sites[i].pc = pc;
	  sites[i].caller = caller;
	  sites[i].entry = entry;
	  sites[i].kind = kind;
	  return (unsigned) i;
	}
    }
  return NSITES;
}

/* Which addresses are the program's: the load address of the main
   executable and of this library (set by prof_init).  */
static uintptr_t main_base, self_base;

/* Return 1 if the code address PC lies in a system library: the C
   library, the dynamic loader, this library, or any object under /lib,
   /lib64, /usr/lib or /usr/lib64 other than the main executable; 0 for
   the program's own code (the main executable, its own shared objects)
   and for an address no object claims.  */

static int
prof_library_p (uintptr_t pc)
{
  Dl_info info;
  if (!dladdr ((void *) pc, &info) || !info.dli_fname)
    return 0;
  uintptr_t base = (uintptr_t) info.dli_fbase;
  if (base == main_base)
    return 0;
  if (base == self_base)
    return 1;
  const char *f = info.dli_fname;
  const char *b = strrchr (f, '/');
  b = b ? b + 1 : f;
  return (strncmp (b, "libc.so", 7) == 0 || strncmp (b, "ld-linux", 8) == 0
	  || strncmp (f, "/lib/", 5) == 0 || strncmp (f, "/lib64/", 7) == 0
	  || strncmp (f, "/usr/lib/", 9) == 0
	  || strncmp (f, "/usr/lib64/", 11) == 0);
}

/* A direct-mapped cache of prof_library_p: an entry is the address with
   bit 63 set for a library's (user addresses never have it), so that one
   atomic word holds both and threads need no lock.  */
#define NCLASS 4096
#define CLASS_LIB ((uintptr_t) 1 << 63)
static uintptr_t class_cache[NCLASS];

/* prof_library_p of PC, from the cache when it is there.  */

static int
prof_library_cached_p (uintptr_t pc)
{
  uintptr_t *slot = &class_cache[prof_hash (pc) & (NCLASS - 1)];
  uintptr_t e = __atomic_load_n (slot, __ATOMIC_RELAXED);
  if (e && (e & ~CLASS_LIB) == pc)
    return (e & CLASS_LIB) != 0;
  int lib = prof_library_p (pc);
  __atomic_store_n (slot, pc | (lib ? CLASS_LIB : 0), __ATOMIC_RELAXED);
  return lib;
}

/* Set once prof_init has unwound once (backtrace loads libgcc_s and may
   allocate on its first call): until then nothing is unwound.  */
static int unwind_ready;

#define NFRAMES 64

/* When PC, the return address of an allocation call, lies in a system
   library, find the first frame of the program under it: set *CALLER to
   its return address and *ENTRY to that of the library frame it called
   (the library function the program called).  Both stay 0 otherwise.
   Runs outside the lock, with the reentrancy guard up, so that what
   the unwinder allocates is not counted.  */

static void
prof_find_caller (uintptr_t pc, uintptr_t *caller, uintptr_t *entry)
{
  *caller = *entry = 0;
  if (!unwind_ready || !prof_library_cached_p (pc))
    return;
  void *frames[NFRAMES];
  prof_busy++;
  int n = backtrace (frames, NFRAMES);
  prof_busy--;
  for (int i = 1; i < n; i++)
    if (!prof_library_cached_p ((uintptr_t) frames[i]))
      {
	*caller = (uintptr_t) frames[i];
	*entry = (uintptr_t) frames[i - 1];
	return;
      }
}

/* Grow the object table to twice its size (or its first size).  Return
   0 when no memory could be had; the table is then left as it was.  */

static int
prof_grow (void)
{
  size_t cap = objs_cap ? objs_cap * 2 : 4096;
  struct prof_obj *t = mmap (NULL, cap * sizeof *t, PROT_READ | PROT_WRITE,
			     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (t == MAP_FAILED)
    return 0;
  for (size_t i = 0; i < objs_cap; i++)
    if (objs[i].ptr)
      {
	size_t j = prof_hash (objs[i].ptr) & (cap - 1);
	while (t[j].ptr)
	  j = (j + 1) & (cap - 1);
	t[j] = objs[i];
      }
  if (objs)
    munmap (objs, objs_cap * sizeof *objs);
  objs = t;
  objs_cap = cap;
  return 1;
}

/* Enter the object at PTR, of site SITE, born at BIRTH.  */

static void
prof_obj_insert (uintptr_t ptr, unsigned site, unsigned long long birth)
{
  if ((objs_used + 1) * 2 > objs_cap && !prof_grow ())
    return;
  size_t j = prof_hash (ptr) & (objs_cap - 1);
  while (objs[j].ptr && objs[j].ptr != ptr)
    j = (j + 1) & (objs_cap - 1);
  if (!objs[j].ptr)
    objs_used++;
  objs[j].ptr = ptr;
  objs[j].site = site;
  objs[j].gen = prof_gen;
  objs[j].birth = birth;
}

/* Remove the object at PTR from the table, returning it in *OUT; return
   0 if it is not there.  Linear probing with backward-shift deletion.  */

static int
prof_obj_remove (uintptr_t ptr, struct prof_obj *out)
{
  if (!objs_cap)
    return 0;
  size_t mask = objs_cap - 1;
  size_t j = prof_hash (ptr) & mask;
  while (objs[j].ptr != ptr)
    {
      if (!objs[j].ptr)
	return 0;
      j = (j + 1) & mask;
    }
  *out = objs[j];
  objs_used--;
  size_t hole = j;
  for (size_t k = (j + 1) & mask; objs[k].ptr; k = (k + 1) & mask)
    {
      size_t home = prof_hash (objs[k].ptr) & mask;
      /* Move K into the hole unless its home lies cyclically in
	 (HOLE, K].  */
      int stays = hole <= k ? (home > hole && home <= k)
			    : (home > hole || home <= k);
      if (!stays)
	{
	  objs[hole] = objs[k];
	  hole = k;
	}
    }
  objs[hole].ptr = 0;
  return 1;
}

/* Count an allocation of BYTES by the call at PC of kind KIND, which
   returned P (null: failed, counted as a call).  */

static void
prof_alloc (void *pc, unsigned kind, size_t bytes, void *p)
{
  if (prof_off)
    return;
  uintptr_t caller, entry;
  prof_find_caller ((uintptr_t) pc, &caller, &entry);
  prof_acquire ();
  prof_clock++;
  unsigned s = prof_site_index ((uintptr_t) pc, caller, entry, kind);
  if (s == NSITES)
    sites_dropped++;
  else
    {
      sites[s].calls++;
      sites[s].bytes += bytes;
      if (p)
	prof_obj_insert ((uintptr_t) p, s, prof_clock);
    }
  prof_release ();
}

/* Count the end of the object at P (free, or realloc moving or freeing
   it); with NEWP, the object lives on at NEWP, as the same object.  */

static void
prof_end (void *p, void *newp)
{
  if (prof_off || !p)
    return;
  prof_acquire ();
  struct prof_obj o;
  if (prof_obj_remove ((uintptr_t) p, &o) && o.gen == prof_gen)
    {
      if (newp)
	prof_obj_insert ((uintptr_t) newp, o.site, o.birth);
      else
	{
	  sites[o.site].frees++;
	  if (prof_clock - o.birth < SHORT_LIVED)
	    sites[o.site].short_lived++;
	}
    }
  prof_release ();
}

void *
malloc (size_t n)
{
  void *p = __libc_malloc (n);
  if (!prof_busy)
    prof_alloc (__builtin_return_address (0), K_MALLOC, n, p);
  return p;
}

void *
calloc (size_t n, size_t m)
{
  void *p = __libc_calloc (n, m);
  if (!prof_busy)
    prof_alloc (__builtin_return_address (0), K_CALLOC, n * m, p);
  return p;
}

void *
realloc (void *old, size_t n)
{
  prof_busy++;
  void *p = __libc_realloc (old, n);
  prof_busy--;
  if (prof_busy)
    return p;
  if (!old)
    prof_alloc (__builtin_return_address (0), K_REALLOC, n, p);
  else if (p)
    {
      /* The object lives on, perhaps moved; the call is counted at
	 the realloc site without a new object.  */
      prof_end (old, p);
      prof_alloc (__builtin_return_address (0), K_REALLOC, n, NULL);
    }
  else if (n == 0)
    /* glibc frees the object and returns null.  */
    prof_end (old, NULL);
  return p;
}

void
free (void *p)
{
  if (!prof_busy)
    prof_end (p, NULL);
  __libc_free (p);
}

/* Return true if A is a power of two.  */

static int
prof_pow2_p (size_t a)
{
  return a && !(a & (a - 1));
}

void *
aligned_alloc (size_t a, size_t n)
{
  if (!prof_pow2_p (a))
    {
      errno = EINVAL;
      return NULL;
    }
  void *p = __libc_memalign (a, n);
  if (!prof_busy)
    prof_alloc (__builtin_return_address (0), K_ALIGNED_ALLOC, n, p);
  return p;
}

void *
memalign (size_t a, size_t n)
{
  void *p = __libc_memalign (a, n);
  if (!prof_busy)
    prof_alloc (__builtin_return_address (0), K_MEMALIGN, n, p);
  return p;
}

int
posix_memalign (void **res, size_t a, size_t n)
{
  if (!prof_pow2_p (a) || a % sizeof (void *) != 0)
    return EINVAL;
  void *p = __libc_memalign (a, n);
  if (!prof_busy)
    prof_alloc (__builtin_return_address (0), K_POSIX_MEMALIGN, n, p);
  if (!p)
    return ENOMEM;
  *res = p;
  return 0;
}

char *
strdup (const char *s)
{
  size_t len = strlen (s) + 1;
  char *p = __libc_malloc (len);
  if (p)
    memcpy (p, s, len);
  if (!prof_busy)
    prof_alloc (__builtin_return_address (0), K_STRDUP, len, p);
  return p;
}

char *
strndup (const char *s, size_t n)
{
  size_t len = strnlen (s, n);
  char *p = __libc_malloc (len + 1);
  if (p)
    {
      memcpy (p, s, len);
      p[len] = 0;
    }
  if (!prof_busy)
    prof_alloc (__builtin_return_address (0), K_STRNDUP, len + 1, p);
  return p;
}

/* In a child made by fork: start from empty counts.  */

static void
prof_after_fork (void)
{
  memset (sites, 0, sizeof sites);
  sites_dropped = 0;
  prof_gen++;
  prof_lock = 0;
}

/* Write the counts of this process to ESCAPE_PROF_DIR/prof.PID (or
   prof.PID.N when an earlier process of that PID wrote one): a line
   a site, "kind calls bytes frees short module offset address", where
   ADDRESS is the return address minus one (within the call
   instruction) and OFFSET the same from the module's load address, both
   in hex: an offset for a shared object or a PIE, the address for a
   fixed-address executable.  A site in a system library with a caller
   in the program has four more fields, "cmodule coffset caddress
   library:function": the caller's module, offset and address (the same
   way) and the library the program called with the name of the
   function (its dynamic symbol, "?" when it has none).  */

static void
prof_write (void)
{
  const char *dir = getenv ("ESCAPE_PROF_DIR");
  if (!dir || prof_off)
    return;
  prof_busy++;
  prof_off = 1;
  /* A new file, never an existing one: PIDs are reused (pid_max is
     32768 on a small machine), and a test suite on a busy machine
     outlives a wrap of them, so an earlier process of the run may have
     written prof.PID already; this one then writes prof.PID.N.  */
  char path[4096];
  int fd = -1;
  for (unsigned n = 0; fd < 0 && n < 1000; n++)
    {
      if (n == 0)
	snprintf (path, sizeof path, "%s/prof.%ld", dir, (long) getpid ());
      else
	snprintf (path, sizeof path, "%s/prof.%ld.%u", dir,
		  (long) getpid (), n);
      fd = open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
      if (fd < 0 && errno != EEXIST)
	return;
    }
  if (fd < 0)
    return;
  char line[8192];
  for (unsigned i = 0; i < NSITES; i++)
    {
      struct prof_site *s = &sites[i];
      if (!s->calls)
	continue;
      Dl_info info;
      const char *module = "?";
      uintptr_t base = 0;
      if (dladdr ((void *) s->pc, &info) && info.dli_fname)
	{
	  module = info.dli_fname;
	  base = (uintptr_t) info.dli_fbase;
	}
      int len = snprintf (line, sizeof line,
			  "%s %llu %llu %llu %llu %s %lx %lx",
			  prof_kind_name[s->kind], s->calls, s->bytes, s->frees,
			  s->short_lived, module,
			  (unsigned long) (s->pc - base - 1),
			  (unsigned long) (s->pc - 1));
      if (len > 0 && s->caller && (size_t) len < sizeof line)
	{
	  const char *cmodule = "?", *emodule = "?", *ename = "?";
	  uintptr_t cbase = 0;
	  if (dladdr ((void *) s->caller, &info) && info.dli_fname)
	    {
	      cmodule = info.dli_fname;
	      cbase = (uintptr_t) info.dli_fbase;
	    }
	  if (dladdr ((void *) (s->entry - 1), &info))
	    {
	      if (info.dli_fname)
		{
		  emodule = strrchr (info.dli_fname, '/');
		  emodule = emodule ? emodule + 1 : info.dli_fname;
		}
	      if (info.dli_sname)
		ename = info.dli_sname;
	    }
	  int more = snprintf (line + len, sizeof line - len,
			       " %s %lx %lx %s:%s", cmodule,
			       (unsigned long) (s->caller - cbase - 1),
			       (unsigned long) (s->caller - 1), emodule, ename);
	  len = more > 0 && (size_t) more < sizeof line - len ? len + more : -1;
	}
      if (len > 0 && (size_t) len < sizeof line - 1)
	line[len++] = '\n';
      else
	continue;
      if (write (fd, line, (size_t) len) != len)
	break;
    }
  if (sites_dropped)
    {
      int len = snprintf (line, sizeof line, "# dropped %llu\n",
			  sites_dropped);
      if (len > 0 && write (fd, line, (size_t) len) != len)
	len = 0;
    }
  close (fd);
}

__attribute__ ((constructor)) static void
prof_init (void)
{
  pthread_atfork (NULL, NULL, prof_after_fork);
  Dl_info info;
  if (dladdr ((void *) getauxval (AT_PHDR), &info))
    main_base = (uintptr_t) info.dli_fbase;
  if (dladdr ((void *) prof_init, &info))
    self_base = (uintptr_t) info.dli_fbase;
  /* The first backtrace loads libgcc_s's unwinder, which allocates:
     do it now, uncounted.  */
  void *frames[2];
  prof_busy++;
  backtrace (frames, 2);
  prof_busy--;
  unwind_ready = 1;
}

__attribute__ ((destructor)) static void
prof_fini (void)
{
  prof_write ();
}
