/* escfuzz.c -- random program generator for differential testing of the
   escape plugin.

   Usage: escfuzz SEED

   Prints on stdout one C99 program that is a deterministic function of
   SEED (the generator has its own splitmix64 generator and never calls
   rand ()).  The program is free of undefined behaviour: every byte that
   is read has been written before, every access is in bounds, nothing is
   used after it is freed or freed twice, and all arithmetic that could
   wrap is unsigned.  Pointer values are never hashed or ordered, so the
   program prints the same text whether an object lives on the heap or on
   the stack.  Deliberate leaks are allowed (they are harmless).

   The generated program is full of the patterns that the escape analysis
   of the plugin reasons about: malloc / calloc / aligned_alloc of
   constant, variable, masked and large sizes, in straight-line code and
   in loops; pointers copied, offset, merged by conditionals, stored into
   local structs and arrays and into other heap objects; noinline callees
   that read, write, stash into a global, free, return or realloc the
   object; objects returned by factories, freed on some paths only, NULL
   checks, string and memory builtins, linked lists and recursion;
   noinline callees that load a stored pointer and turn it into an
   integer (directly or bit by bit), whose addresses main checks are
   distinct; string-builder structs { buf, len, cap } on the stack filled
   by noinline helpers; a chain of functions with scratch buffers run on a thread
   with a 64 KiB stack; and a deep recursion through a GNU ifunc.

   Each test function tN (unsigned k) mixes everything it reads into an
   FNV-style checksum that it returns; main calls every test with a value
   derived from argc and a volatile, prints one line per call and a final
   checksum line, and returns 0.  Two builds of the same program must
   print the same text.

   Generator internals: the program is built in three text buffers
   (helpers, tests, main) and printed after a prelude whose sizes depend
   on what the tests needed.  Inside a test, the generator keeps a model
   of the live heap objects ("entities") and of the pointer variables that
   point into them ("names"), and only emits operations that the model
   proves to be valid.  */

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------------
   Pseudo-random numbers.  */

static uint64_t rng_state;

/* Return the next value of the splitmix64 sequence.  */

static uint64_t
rng_next (void)
{
  uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/* Return a value in [0, N), or 0 when N is 0.  */

static unsigned
rnd (unsigned n)
{
  return n ? (unsigned) (rng_next () % n) : 0;
}

/* Return a value in [LO, HI].  */

static unsigned
rrange (unsigned lo, unsigned hi)
{
  return lo + rnd (hi - lo + 1);
}

/* Return nonzero with probability PCT percent.  */

static int
chance (unsigned pct)
{
  return rnd (100) < pct;
}

/* Return a random odd 32-bit multiplier.  */

static unsigned
rodd (void)
{
  return (unsigned) rng_next () | 1u;
}

/* ---------------------------------------------------------------------
   Text buffers.  */

struct sbuf
{
  char *s;
  size_t len, cap;
};

static struct sbuf buf_helpers, buf_tests, buf_main;

/* The buffer that line () appends to, and its indentation.  */
static struct sbuf *cur;
static int ind;

/* Append the printf-style FMT with AP to B.  */

static void
sb_vadd (struct sbuf *b, const char *fmt, va_list ap)
{
  va_list ap2;
  int n;

  va_copy (ap2, ap);
  n = vsnprintf (NULL, 0, fmt, ap2);
  va_end (ap2);
  if (n < 0)
    abort ();
  if (b->len + (size_t) n + 1 > b->cap)
    {
      b->cap = (b->len + (size_t) n + 1) * 2;
      b->s = realloc (b->s, b->cap);
      if (!b->s)
        abort ();
    }
  vsnprintf (b->s + b->len, (size_t) n + 1, fmt, ap);
  b->len += (size_t) n;
}

/* Append the printf-style FMT to B.  */

static void
sb_add (struct sbuf *b, const char *fmt, ...)
{
  va_list ap;

  va_start (ap, fmt);
  sb_vadd (b, fmt, ap);
  va_end (ap);
}

/* Append one line, indented by the current indentation, to CUR.  */

static void
line (const char *fmt, ...)
{
  va_list ap;

  sb_add (cur, "%*s", ind, "");
  va_start (ap, fmt);
  sb_vadd (cur, fmt, ap);
  va_end (ap);
  sb_add (cur, "\n");
}

/* Open a GNU-style brace block below a controlling line.  */

static void
open_block (void)
{
  ind += 2;
  line ("{");
  ind += 2;
}

/* Close a block opened by open_block.  */

static void
close_block (void)
{
  ind -= 2;
  line ("}");
  ind -= 2;
}

/* Return a freshly allocated string made from the printf-style FMT.  The
   generator never frees these: it is a short-lived process.  */

static char *
fmt (const char *f, ...)
{
  struct sbuf b = { NULL, 0, 0 };
  va_list ap;

  va_start (ap, f);
  sb_vadd (&b, f, ap);
  va_end (ap);
  return b.s;
}

/* ---------------------------------------------------------------------
   Element types of the heap objects.  Byte objects are accessed as
   unsigned char only, word objects as unsigned int only (the checksum
   code may read any object as bytes, which is always valid).  */

enum { T_BYTE, T_WORD, T_NUM };

static const char *const tname[T_NUM] = { "unsigned char", "unsigned int" };
static const char *const tsize[T_NUM] = { "1", "sizeof (unsigned int)" };

/* Return the expression for N elements of type T in bytes.  */

static char *
bytes_of (int t, const char *n)
{
  return t == T_BYTE ? fmt ("%s", n) : fmt ("%s * sizeof (unsigned int)", n);
}

/* ---------------------------------------------------------------------
   Helper functions (callees).  Each kind is created on demand, for one
   element type, with random variants; an existing helper is reused at
   random.  */

enum hkind
{
  HK_READ,	/* reads the object, returns a hash */
  HK_FILL,	/* writes every element */
  HK_POKE,	/* writes a few elements */
  HK_STASH,	/* stores the object into a global slot */
  HK_REL,	/* reads and frees the object */
  HK_PASS,	/* modifies and returns the object */
  HK_GROW,	/* reallocs the object, initialises the new tail */
  HK_MAKE,	/* allocates, initialises and returns a new object */
  HK_MAYFREE,	/* frees the object on some paths, says whether it did */
  HK_RDHOLD,	/* reads through a struct hold * */
  HK_PUT,	/* stores a pointer into a struct hold */
  HK_CLEAR,	/* frees *PP and clears the pointer */
  HK_LAUNDER,	/* loads a holder's pointer, turns it into an integer */
  HK_COUNT
};

static const char *const hprefix[HK_COUNT] =
  { "rd", "fill", "poke", "stash", "rel", "pass", "grow", "make", "mayfree",
    "rdhold", "put", "clear", "launder" };

#define MAXH 64
static int hcount[HK_COUNT][T_NUM];
static int hids[HK_COUNT][T_NUM][MAXH];

/* Counter used to number all functions of the program.  */
static int next_fn;

/* Number of global stash slots and holder slots used so far.  */
static int nkeep, nhold;

/* Number of objects whose address a launder helper records, and which
   tests record one (main calls those at least twice).  */
static int nlaunder;
static int cur_test;
static unsigned char test_launders[64];

/* Return the attribute text for a callee: usually noinline, sometimes
   nothing so that GCC may inline it.  */

static const char *
callee_attr (unsigned inline_pct)
{
  return chance (inline_pct) ? "" : "__attribute__ ((noinline)) ";
}

/* Emit into the helper buffer a new helper of KIND for type T, with
   number ID.  */

static void
emit_helper (int kind, int t, int id)
{
  struct sbuf *save_cur = cur;
  int save_ind = ind;
  const char *T = tname[t];
  const char *nm = hprefix[kind];
  unsigned c1 = rodd (), c2 = rnd (256);

  cur = &buf_helpers;
  ind = 0;
  switch (kind)
    {
    case HK_READ:
      line ("/* Read the object and return a hash of it.  */");
      line ("static %sunsigned long long", callee_attr (20));
      line ("%s%d (const %s *p, size_t n)", nm, id, T);
      line ("{");
      ind = 2;
      line ("unsigned long long h = %uu;", c1);
      switch (rnd (4))
        {
        case 0:
          line ("for (size_t i = 0; i < n; i++)");
          line ("  h = mix (h, p[i]);");
          break;
        case 1:
          line ("for (size_t i = 0; i < n; i += %u)", rrange (2, 17));
          line ("  h = mix (h, p[i] + i);");
          break;
        case 2:
          line ("h = mix (h, p[0]);");
          line ("h = mix (h, p[n - 1]);");
          line ("h = mix (h, p[n / 2]);");
          line ("h = mix (h, n);");
          break;
        default:
          if (hcount[HK_READ][t] > 0)
            {
              line ("h = mix (h, rd%d (p, n));",
                    hids[HK_READ][t][rnd (hcount[HK_READ][t])]);
              line ("h = mix (h, p[(n * %uu) %% n]);", c2);
            }
          else
            {
              line ("for (size_t i = n; i-- > 0;)");
              line ("  h = mix (h, p[i] ^ %uu);", c2);
            }
          break;
        }
      line ("return h;");
      break;

    case HK_FILL:
      line ("/* Write every element of the object.  */");
      line ("static %svoid", callee_attr (20));
      line ("%s%d (%s *p, size_t n, unsigned v)", nm, id, T);
      line ("{");
      ind = 2;
      if (t == T_BYTE && chance (40))
        line ("memset (p, (int) (v & 255u), n);");
      else
        {
          line ("for (size_t i = 0; i < n; i++)");
          line ("  p[i] = (%s) (v + i * %uu);", T, c1);
        }
      break;

    case HK_POKE:
      line ("/* Modify a few elements of the object.  */");
      line ("static %svoid", callee_attr (20));
      line ("%s%d (%s *p, size_t n, unsigned v)", nm, id, T);
      line ("{");
      ind = 2;
      line ("p[v %% n] = (%s) (p[v %% n] + %uu);", T, c2 + 1);
      if (chance (50))
        line ("p[n - 1] ^= (%s) v;", T);
      if (chance (50))
        line ("p[0] = (%s) (p[n / 2] * %uu);", T, c1);
      break;

    case HK_STASH:
      line ("/* Store the object into global slot S; main reads and frees"
            " it later.  */");
      line ("static %svoid", callee_attr (15));
      line ("%s%d (%s *p, size_t n, unsigned s)", nm, id, T);
      line ("{");
      ind = 2;
      line ("if (g_keep[s])");
      line ("  drain_one (s);");
      line ("g_keep[s] = p;");
      line ("g_keep_n[s] = %s;", bytes_of (t, "n"));
      break;

    case HK_REL:
      line ("/* Read the object, then free it.  */");
      line ("static %svoid", callee_attr (15));
      line ("%s%d (%s *p, size_t n)", nm, id, T);
      line ("{");
      ind = 2;
      line ("g_acc = mix (g_acc, p[n - 1] + %uu);", c2);
      line ("free (p);");
      break;

    case HK_PASS:
      line ("/* Modify the object and return it.  */");
      line ("static %s%s *", callee_attr (20), T);
      line ("%s%d (%s *p, size_t n)", nm, id, T);
      line ("{");
      ind = 2;
      if (chance (60))
        line ("p[n / 2] ^= (%s) %uu;", T, c2);
      else
        line ("g_acc = mix (g_acc, p[0]);");
      line ("return p;");
      break;

    case HK_GROW:
      line ("/* Resize the object from N to M elements, initialising the"
            " new tail.  */");
      line ("static %s%s *", callee_attr (15), T);
      line ("%s%d (%s *p, size_t n, size_t m)", nm, id, T);
      line ("{");
      ind = 2;
      line ("%s *q = realloc (p, %s);", T, bytes_of (t, "m"));
      line ("if (!q)");
      line ("  abort ();");
      if (t == T_BYTE && chance (50))
        {
          line ("if (m > n)");
          line ("  memset (q + n, %u, m - n);", c2);
        }
      else
        {
          line ("for (size_t i = n; i < m; i++)");
          line ("  q[i] = (%s) (i * %uu);", T, c1);
        }
      line ("return q;");
      break;

    case HK_MAKE:
      {
        int ak = rnd (3);

        line ("/* Allocate and initialise an object of N elements.  */");
        line ("static %s%s *", callee_attr (30), T);
        line ("%s%d (size_t n, unsigned v)", nm, id);
        line ("{");
        ind = 2;
        if (ak == 0)
          line ("%s *p = malloc (%s);", T, bytes_of (t, "n"));
        else if (ak == 1)
          line ("%s *p = calloc (n, %s);", T, tsize[t]);
        else
          line ("%s *p = aligned_alloc (16, (%s + 15) & ~(size_t) 15);", T,
                bytes_of (t, "n"));
        line ("if (!p)");
        line ("  return NULL;");
        if (ak == 1 && chance (50))
          line ("p[v %% n] = (%s) v;", T);
        else
          {
            line ("for (size_t i = 0; i < n; i++)");
            line ("  p[i] = (%s) (v ^ (i * %uu));", T, c1);
          }
        line ("return p;");
      }
      break;

    case HK_MAYFREE:
      line ("/* Free the object when K says so; return whether it did.  */");
      line ("static %sint", callee_attr (15));
      line ("%s%d (%s *p, unsigned k)", nm, id, T);
      line ("{");
      ind = 2;
      line ("if (k & %uu)", 1u << rnd (5));
      open_block ();
      line ("g_acc = mix (g_acc, p[0]);");
      line ("free (p);");
      line ("return 1;");
      close_block ();
      line ("return 0;");
      break;

    case HK_RDHOLD:
      line ("/* Read the bytes an object points to through a holder.  */");
      line ("static %sunsigned long long", callee_attr (20));
      line ("%s%d (const struct hold *h)", nm, id);
      line ("{");
      ind = 2;
      line ("const unsigned char *b = h->p;");
      line ("unsigned long long r = h->tag;");
      line ("for (size_t i = 0; i < h->n; i += %u)", rrange (1, 9));
      line ("  r = mix (r, b[i]);");
      line ("return r;");
      break;

    case HK_PUT:
      line ("/* Store a pointer and its size in bytes into a holder.  */");
      line ("static %svoid", callee_attr (20));
      line ("%s%d (struct hold *h, void *p, size_t n)", nm, id);
      line ("{");
      ind = 2;
      line ("h->p = p;");
      line ("h->n = n;");
      line ("h->tag = %uu;", c2);
      break;

    case HK_CLEAR:
      line ("/* Free the object *PP points to and clear the pointer.  */");
      line ("static %svoid", callee_attr (15));
      line ("%s%d (%s **pp)", nm, id, T);
      line ("{");
      ind = 2;
      line ("g_acc = mix (g_acc, (*pp)[0] ^ %uu);", c2);
      line ("free (*pp);");
      line ("*pp = NULL;");
      break;

    case HK_LAUNDER:
      /* A callee that loads the pointer stored in a holder and turns
         it into an integer, directly or rebuilt bit by bit (points-to
         analysis loses it then), and stores it through OUT or returns
         it.  It loads nothing but the pointer: a callee loading other
         data from memory it does not own was caught before issue 13.
         Not static: IPA-SRA would pass h->p itself, whose conversion
         the callee's parameter summary sees.  */
      line ("/* Record or return the address a holder points to.  */");
      line ("%suintptr_t", callee_attr (20));
      line ("%s%d (const struct hold *h, uintptr_t *out)", nm, id);
      line ("{");
      ind = 2;
      switch (rnd (3))
        {
        case 0:
          line ("*out = (uintptr_t) h->p;");
          line ("return 0;");
          break;
        default:
          line ("const unsigned char *q = h->p;");
          line ("uintptr_t v = (uintptr_t) q, x = 0;");
          line ("for (unsigned i = 0; i < sizeof v * 8; i++)");
          line ("  if ((v >> i) & 1)");
          line ("    x |= (uintptr_t) 1 << i;");
          if (chance (50))
            {
              line ("*out = x;");
              line ("return 0;");
            }
          else
            line ("return x;");
          break;
        }
      break;

    default:
      abort ();
    }
  ind = 0;
  line ("}");
  line ("");
  cur = save_cur;
  ind = save_ind;
}

/* Return the name of a helper of KIND for type T, creating it or reusing
   an existing one.  */

static char *
helper (int kind, int t)
{
  int id;

  if (hcount[kind][t] > 0 && (hcount[kind][t] >= MAXH || chance (65)))
    id = hids[kind][t][rnd (hcount[kind][t])];
  else
    {
      id = next_fn++;
      emit_helper (kind, t, id);
      hids[kind][t][hcount[kind][t]++] = id;
    }
  return fmt ("%s%d", hprefix[kind], id);
}

/* ---------------------------------------------------------------------
   The model of a test function's heap objects.  */

enum estate
{
  E_LIVE,	/* allocated and owned by the test */
  E_GLOBAL,	/* owned by a global slot: readable, not to be freed */
  E_MAYBE,	/* freed on some paths; only a final free (P) is allowed */
  E_GONE	/* freed, or no longer reachable by the test */
};

struct entity
{
  int state;
  int type;
  int base;	/* index of a name that may be freed */
};

struct name
{
  int live;
  int ent0, ent1;	/* entities pointed to; ENT1 is -1 unless merged */
  int base;	/* points to the start of ENT0 (may be freed) */
  int type;
  unsigned minsz;	/* guaranteed number of elements, at least 1 */
  int var;	/* the pointer is pVAR, its element count nVAR */
};

#define MAXM 512
static struct entity ents[MAXM];
static struct name names[MAXM];
static int nent, nname, nvar;

/* Return whether entity E may still be read and written.  */

static int
ent_usable (int e)
{
  return e < 0 || ents[e].state == E_LIVE || ents[e].state == E_GLOBAL;
}

/* Return whether name I may be dereferenced.  */

static int
name_usable (int i)
{
  return names[i].live && ent_usable (names[i].ent0)
    && ent_usable (names[i].ent1);
}

/* Return whether name I may be freed, reallocated or handed over.  */

static int
name_owned (int i)
{
  return name_usable (i) && names[i].base && names[i].ent1 < 0
    && ents[names[i].ent0].state == E_LIVE;
}

enum { PK_ANY = 0, PK_OWNED = 1 };

/* Pick a random name of type T (or any type when T < 0) that satisfies
   FLAGS and differs in entities from name AVOID (unless AVOID < 0).
   Return -1 when there is none.  */

static int
pick (int t, int flags, int avoid)
{
  int cand[MAXM], nc = 0;

  for (int i = 0; i < nname; i++)
    {
      if (!name_usable (i))
        continue;
      if (t >= 0 && names[i].type != t)
        continue;
      if ((flags & PK_OWNED) && !name_owned (i))
        continue;
      if (avoid >= 0)
        {
          int a0 = names[avoid].ent0, a1 = names[avoid].ent1;
          int b0 = names[i].ent0, b1 = names[i].ent1;
          if (a0 == b0 || a0 == b1 || (a1 >= 0 && (a1 == b0 || a1 == b1)))
            continue;
        }
      cand[nc++] = i;
    }
  return nc ? cand[rnd (nc)] : -1;
}

/* Create a new entity of type T and return its index.  */

static int
new_entity (int t)
{
  if (nent >= MAXM)
    abort ();
  ents[nent].state = E_LIVE;
  ents[nent].type = t;
  ents[nent].base = -1;
  return nent++;
}

/* Create a new name for entities E0 and E1 and return its index; its
   variable number is a fresh one.  */

static int
new_name (int e0, int e1, int base, int t, unsigned minsz)
{
  if (nname >= MAXM)
    abort ();
  names[nname].live = 1;
  names[nname].ent0 = e0;
  names[nname].ent1 = e1;
  names[nname].base = base;
  names[nname].type = t;
  names[nname].minsz = minsz ? minsz : 1;
  names[nname].var = nvar++;
  return nname++;
}

/* Set entity E to STATE; all names of a gone entity die.  */

static void
set_state (int e, int state)
{
  ents[e].state = state;
  if (state == E_GONE)
    for (int i = 0; i < nname; i++)
      if (names[i].ent0 == e || names[i].ent1 == e)
        names[i].live = 0;
}

/* Kill every name of entity E except KEEP.  */

static void
kill_others (int e, int keep)
{
  for (int i = 0; i < nname; i++)
    if (i != keep && (names[i].ent0 == e || names[i].ent1 == e))
      names[i].live = 0;
}

/* Shorthands for the pointer and size variables of name I.  */

static char *
P (int i)
{
  return fmt ("p%d", names[i].var);
}

static char *
N (int i)
{
  return fmt ("n%d", names[i].var);
}

/* Return an in-bounds index expression for name I.  */

static char *
idx (int i)
{
  unsigned c;

  switch (rnd (6))
    {
    case 0:
      c = rodd ();
      return fmt ("(k * %uu + %uu) %% %s", c, rnd (1000), N (i));
    case 1:
      return fmt ("acc %% %s", N (i));
    case 2:
      return fmt ("%u", rnd (names[i].minsz));
    case 3:
      return fmt ("%s - 1", N (i));
    case 4:
      return fmt ("(k >> %u) %% %s", rnd (8), N (i));
    default:
      return fmt ("(%s / %u) %% %s", N (i), rrange (1, 5), N (i));
    }
}

/* Return a cast of the accumulator suitable to store into type T.  */

static char *
val (int t)
{
  switch (rnd (3))
    {
    case 0:
      return fmt ("(%s) acc", tname[t]);
    case 1:
      return fmt ("(%s) (acc >> %u)", tname[t], rnd (48));
    default:
      return fmt ("(%s) (k + %uu)", tname[t], rnd (100000));
    }
}

/* ---------------------------------------------------------------------
   Sizes.  */

/* A size: its C expression and the minimum value it can take.  */

struct size
{
  char *expr;
  unsigned min;
  int large;
};

/* Return a random element count for type T.  LOOPVAR, if non-NULL, is a
   loop counter that may be part of the expression.  ALLOW_LARGE says
   whether sizes of several KiB are acceptable.  */

static struct size
gen_size (int t, const char *loopvar, int allow_large)
{
  struct size s;
  unsigned div = t == T_BYTE ? 1 : 4;
  unsigned r = rnd (100);

  s.large = 0;
  if (r < 42 || (!allow_large && (r < 50 || r >= 88)))
    {
      unsigned v = chance (70) ? rrange (1, 64) : rrange (1, 512);
      v = (v + div - 1) / div;
      s.expr = fmt ("%u", v);
      s.min = v;
    }
  else if (r < 50 && allow_large)
    {
      unsigned v = rrange (513, 65536) / div;
      s.expr = fmt ("%u", v);
      s.min = v;
      s.large = 1;
    }
  else if (r < 68)
    {
      unsigned mask = (8u << rnd (6)) - 1;
      unsigned c = rrange (1, 32);
      const char *src = loopvar && chance (50) ? loopvar : "k";
      s.expr = fmt ("(size_t) (%s & %uu) + %uu", src, mask / div, c);
      s.min = c;
    }
  else if (r < 78)
    {
      unsigned m = rrange (2, 400) / div + 1, c = rrange (1, 40);
      s.expr = fmt ("(size_t) (k %% %uu) + %uu", m, c);
      s.min = c;
    }
  else if (r < 88)
    {
      unsigned c = rrange (1, 16);
      s.expr = fmt ("(size_t) (vsz & %uu) + %uu", 511u / div, c);
      s.min = c;
    }
  else
    {
      s.expr = fmt ("(size_t) (%s & %uu) + %uu",
                    loopvar && chance (30) ? loopvar : "k",
                    0xffffu / div, 1024u / div);
      s.min = 1024u / div;
      s.large = 1;
    }
  return s;
}

/* ---------------------------------------------------------------------
   Statements of a test function.  */

/* Emit code that initialises every element of P (count N, type T),
   using any of several methods.  */

static void
emit_init (const char *p, const char *n, int t)
{
  switch (rnd (4))
    {
    case 0:
      line ("memset (%s, %u, %s);", p, rnd (256), bytes_of (t, n));
      break;
    case 1:
      {
        char *h = helper (HK_FILL, t);
        line ("%s (%s, %s, k + %uu);", h, p, n, rnd (100));
      }
      break;
    default:
      line ("for (size_t i = 0; i < %s; i++)", n);
      line ("  %s[i] = (%s) (i * %uu + k);", p, tname[t], rodd ());
      break;
    }
}

/* Emit a NULL check of P in some style, or none.  */

static void
emit_null_check (const char *p)
{
  switch (rnd (4))
    {
    case 0:
    case 1:
      line ("if (!%s)", p);
      line ("  return acc;");
      break;
    case 2:
      line ("if (%s == NULL)", p);
      line ("  abort ();");
      break;
    default:
      break;
    }
}

/* Return an allocation call for the byte count BYTES, element count N of
   type T, using allocator kind AK; aligned_alloc requires a size that is
   a multiple of 16, which the caller ensures.  A quarter of the malloc
   and calloc calls go through the unit's noinline wrappers fz_xmalloc
   and fz_xcalloc (they abort on NULL), which the plugin treats as the
   allocators they wrap.  */

static char *
alloc_call (int ak, int t, const char *n)
{
  switch (ak)
    {
    case 0:
      return fmt (chance (25) ? "fz_xmalloc (%s)" : "malloc (%s)",
                  bytes_of (t, n));
    case 1:
      if (chance (25))
        return fmt ("fz_xcalloc (%s, %s)", n, tsize[t]);
      return chance (50) ? fmt ("calloc (%s, %s)", n, tsize[t])
        : fmt ("calloc (1, %s)", bytes_of (t, n));
    default:
      return fmt ("aligned_alloc (16, %s)", bytes_of (t, n));
    }
}

/* Return the expression S rounded up for aligned_alloc of type T.  */

static char *
round_expr (int t, const char *s)
{
  return t == T_BYTE ? fmt ("((%s) + 15u) & ~(size_t) 15", s)
    : fmt ("((%s) + 3u) & ~(size_t) 3", s);
}

/* Return the rounded minimum size for aligned_alloc.  */

static unsigned
round_min (int t, unsigned m)
{
  return t == T_BYTE ? (m + 15) & ~15u : (m + 3) & ~3u;
}

/* Allocate a new object into the pool.  */

static void
st_alloc (void)
{
  int t = chance (75) ? T_BYTE : T_WORD;
  int e = new_entity (t);
  struct size s = gen_size (t, NULL, 1);
  unsigned r = rnd (100);
  int ak = r < 50 ? 0 : r < 70 ? 1 : r < 85 ? 2 : 3;
  int nm;
  char *p, *n;

  if (ak == 2)
    {
      s.expr = round_expr (t, s.expr);
      s.min = round_min (t, s.min);
    }
  nm = new_name (e, -1, 1, t, s.min);
  ents[e].base = nm;
  p = P (nm);
  n = N (nm);
  line ("size_t %s = %s;", n, s.expr);
  if (ak == 3)
    {
      char *h = helper (HK_MAKE, t);
      line ("%s *%s = %s (%s, k + %uu);", tname[t], p, h, n, rnd (1000));
      line ("if (!%s)", p);
      line ("  return acc;");
      return;
    }
  line ("%s *%s = %s;", tname[t], p, alloc_call (ak, t, n));
  emit_null_check (p);
  if (ak != 1 || chance (20))
    emit_init (p, n, t);
}

/* Allocate a new pool object on one of two paths.  */

static void
st_alloc_cond (void)
{
  int t = chance (80) ? T_BYTE : T_WORD;
  int e = new_entity (t);
  struct size s1 = gen_size (t, NULL, 1), s2 = gen_size (t, NULL, 1);
  int ak1 = rnd (3), ak2 = rnd (3);
  int nm;
  char *p, *n;

  if (ak1 == 2)
    s1.expr = round_expr (t, s1.expr), s1.min = round_min (t, s1.min);
  if (ak2 == 2)
    s2.expr = round_expr (t, s2.expr), s2.min = round_min (t, s2.min);
  nm = new_name (e, -1, 1, t, s1.min < s2.min ? s1.min : s2.min);
  ents[e].base = nm;
  p = P (nm);
  n = N (nm);
  line ("size_t %s;", n);
  line ("%s *%s;", tname[t], p);
  line ("if (k & %uu)", 1u << rnd (6));
  open_block ();
  line ("%s = %s;", n, s1.expr);
  line ("%s = %s;", p, alloc_call (ak1, t, n));
  close_block ();
  line ("else");
  open_block ();
  line ("%s = %s;", n, s2.expr);
  line ("%s = %s;", p, alloc_call (ak2, t, n));
  close_block ();
  emit_null_check (p);
  emit_init (p, n, t);
}

/* Read one element of a pool object.  */

static void
st_read (void)
{
  int i = pick (-1, PK_ANY, -1);

  if (i < 0)
    return;
  if (chance (80))
    line ("acc = mix (acc, %s[%s]);", P (i), idx (i));
  else
    line ("acc = mix (acc, *(%s + (%s)));", P (i), idx (i));
}

/* Read a pool object in a loop.  */

static void
st_read_loop (void)
{
  int i = pick (-1, PK_ANY, -1);
  unsigned from;

  if (i < 0)
    return;
  from = rnd (names[i].minsz);
  line ("for (size_t i = %u; i < %s; i += %u)", from, N (i), rrange (1, 8));
  line ("  acc = mix (acc, %s[i]);", P (i));
}

/* Write one element of a pool object.  */

static void
st_write (void)
{
  int i = pick (-1, PK_ANY, -1);
  char *ix;

  if (i < 0)
    return;
  ix = idx (i);
  line ("%s[%s] = %s;", P (i), ix, val (names[i].type));
}

/* Pass a pool object to a reader, directly or through a pointer.  */

static void
st_reader (void)
{
  int i = pick (-1, PK_ANY, -1), t;

  if (i < 0)
    return;
  t = names[i].type;
  if (chance (80))
    line ("acc = mix (acc, %s (%s, %s));", helper (HK_READ, t), P (i), N (i));
  else
    {
      char *a = helper (HK_READ, t), *b = helper (HK_READ, t);
      int v = nvar++;
      line ("unsigned long long (*fp%d) (const %s *, size_t) = (k & %uu) ? "
            "%s : %s;", v, tname[t], 1u << rnd (6), a, b);
      line ("acc = mix (acc, fp%d (%s, %s));", v, P (i), N (i));
    }
}

/* Pass a pool object to a writer.  */

static void
st_writer (void)
{
  int i = pick (-1, PK_ANY, -1);

  if (i < 0)
    return;
  if (chance (60))
    line ("%s (%s, %s, (unsigned) acc);", helper (HK_POKE, names[i].type),
          P (i), N (i));
  else
    line ("%s (%s, %s, (unsigned) acc);", helper (HK_FILL, names[i].type),
          P (i), N (i));
}

/* Copy a pointer, possibly with an offset.  */

static void
st_alias (void)
{
  int i = pick (-1, PK_ANY, -1), j;
  unsigned off = 0, min;

  if (i < 0)
    return;
  min = names[i].minsz;
  switch (rnd (3))
    {
    case 0:
      j = new_name (names[i].ent0, names[i].ent1, names[i].base,
                    names[i].type, min);
      line ("%s *%s = %s;", tname[names[i].type], P (j), P (i));
      line ("size_t %s = %s;", N (j), N (i));
      break;
    case 1:
      off = rnd (min);
      j = new_name (names[i].ent0, names[i].ent1, names[i].base && !off,
                    names[i].type, min - off);
      line ("%s *%s = %s + %u;", tname[names[i].type], P (j), P (i), off);
      line ("size_t %s = %s - %u;", N (j), N (i), off);
      break;
    default:
      j = new_name (names[i].ent0, names[i].ent1, 0, names[i].type, 1);
      line ("size_t o%d = k %% %uu;", names[j].var, min);
      line ("%s *%s = %s + o%d;", tname[names[i].type], P (j), P (i),
            names[j].var);
      line ("size_t %s = %s - o%d;", N (j), N (i), names[j].var);
      break;
    }
}

/* Merge two pointers with a conditional, as a new name.  */

static void
st_merge (void)
{
  int a = pick (-1, PK_ANY, -1), b, j;
  unsigned m;
  char *c;

  if (a < 0)
    return;
  b = pick (names[a].type, PK_ANY, a);
  if (b < 0 || names[a].ent1 >= 0 || names[b].ent1 >= 0)
    return;
  m = names[a].minsz < names[b].minsz ? names[a].minsz : names[b].minsz;
  j = new_name (names[a].ent0, names[b].ent0, 0, names[a].type, m);
  c = fmt ("(k & %uu)", 1u << rnd (8));
  if (chance (50))
    {
      line ("%s *%s = %s ? %s : %s;", tname[names[a].type], P (j), c, P (a),
            P (b));
      line ("size_t %s = %s ? %s : %s;", N (j), c, N (a), N (b));
    }
  else
    {
      line ("%s *%s;", tname[names[a].type], P (j));
      line ("size_t %s;", N (j));
      line ("if %s", c);
      open_block ();
      line ("%s = %s;", P (j), P (a));
      line ("%s = %s;", N (j), N (a));
      close_block ();
      line ("else");
      open_block ();
      line ("%s = %s;", P (j), P (b));
      line ("%s = %s;", N (j), N (b));
      close_block ();
    }
}

/* Free the owned objects of names A and B (two entities of one type)
   through memory: a local array of pointers walked by a loop, or the
   fields of a local struct (an inlined "destroy" of a struct holding
   two buffers).  Each free's pointer is read back from memory and may
   point to either object.  */

static void
st_free_through_memory (int a, int b)
{
  int v = nvar++;
  const char *T = tname[names[a].type];

  line ("{");
  ind += 2;
  if (chance (50))
    {
      line ("%s *fa%d[2];", T, v);
      line ("fa%d[k & 1u] = %s;", v, P (a));
      line ("fa%d[(k + 1u) & 1u] = %s;", v, P (b));
      line ("acc = mix (acc, fa%d[0][0] + fa%d[1][0]);", v, v);
      line ("for (unsigned i = 0; i < 2u; i++)");
      line ("  free (fa%d[i]);", v);
    }
  else
    {
      line ("struct { %s *x; unsigned n; %s *y; } fs%d;", T, T, v);
      line ("fs%d.x = %s;", v, P (a));
      line ("fs%d.y = %s;", v, P (b));
      line ("fs%d.n = k;", v);
      line ("acc = mix (acc, fs%d.x[0] + fs%d.y[0] + fs%d.n);", v, v, v);
      line ("free (fs%d.x);", v);
      line ("free (fs%d.y);", v);
    }
  ind -= 2;
  line ("}");
  set_state (names[a].ent0, E_GONE);
  set_state (names[b].ent0, E_GONE);
}

/* Free two owned objects through merged pointers, or through memory.  */

static void
st_merge_free (void)
{
  int a = pick (-1, PK_OWNED, -1), b;
  char *c;

  if (a < 0)
    return;
  b = pick (names[a].type, PK_OWNED, a);
  if (b < 0)
    return;
  if (names[a].ent0 != names[b].ent0 && chance (50))
    {
      st_free_through_memory (a, b);
      return;
    }
  c = fmt ("(k & %uu)", 1u << rnd (8));
  line ("{");
  ind += 2;
  line ("%s *x = %s ? %s : %s;", tname[names[a].type], c, P (a), P (b));
  line ("%s *y = %s ? %s : %s;", tname[names[a].type], c, P (b), P (a));
  line ("acc = mix (acc, x[0] + y[0]);");
  line ("free (x);");
  line ("free (y);");
  ind -= 2;
  line ("}");
  set_state (names[a].ent0, E_GONE);
  set_state (names[b].ent0, E_GONE);
}

/* Store pointers into a local array and read them back.  */

static void
st_local_array (void)
{
  int a = pick (-1, PK_ANY, -1), b, v, j;
  unsigned m;
  const char *T;

  if (a < 0)
    return;
  b = pick (names[a].type, PK_ANY, -1);
  T = tname[names[a].type];
  v = nvar++;
  m = names[a].minsz < names[b].minsz ? names[a].minsz : names[b].minsz;
  line ("%s *arr%d[3];", T, v);
  line ("size_t narr%d[3];", v);
  line ("arr%d[0] = %s;", v, P (a));
  line ("narr%d[0] = %s;", v, N (a));
  line ("arr%d[1] = %s;", v, P (b));
  line ("narr%d[1] = %s;", v, N (b));
  line ("arr%d[2] = %s;", v, P (a));
  line ("narr%d[2] = %s;", v, N (a));
  line ("acc = mix (acc, arr%d[k %% 3u][(k + %uu) %% narr%d[k %% 3u]]);",
        v, rnd (1000), v);
  line ("acc = mix (acc, arr%d[(k + 1u) %% 3u][%u]);", v, rnd (m));
  if (chance (50))
    {
      /* Load one back as a new name.  */
      j = new_name (names[b].ent0, names[b].ent1, names[b].base,
                    names[b].type, names[b].minsz);
      line ("%s *%s = arr%d[1];", T, P (j), v);
      line ("size_t %s = narr%d[1];", N (j), v);
    }
  else if (name_owned (b) && chance (50))
    {
      line ("free (arr%d[1]);", v);
      set_state (names[b].ent0, E_GONE);
    }
}

/* Store a pointer into a local struct, maybe pass its address to a
   reader, and load it back.  */

static void
st_local_struct (void)
{
  int a = pick (-1, PK_ANY, -1), v, j;

  if (a < 0)
    return;
  v = nvar++;
  line ("struct hold h%d;", v);
  if (chance (30))
    line ("%s (&h%d, %s, %s);", helper (HK_PUT, 0), v, P (a),
          bytes_of (names[a].type, N (a)));
  else
    {
      line ("h%d.p = %s;", v, P (a));
      line ("h%d.n = %s;", v, bytes_of (names[a].type, N (a)));
      line ("h%d.tag = %uu;", v, rnd (1000));
    }
  if (chance (50))
    line ("acc = mix (acc, %s (&h%d));", helper (HK_RDHOLD, 0), v);
  j = new_name (names[a].ent0, names[a].ent1, names[a].base, names[a].type,
                names[a].minsz);
  line ("%s *%s = h%d.p;", tname[names[a].type], P (j), v);
  line ("size_t %s = %s;", N (j), N (a));
  line ("acc = mix (acc, %s[%s]);", P (j), idx (j));
}

/* Store an owned object's pointer into a local holder and hand the
   holder to a callee that turns the pointer into an integer and records
   it in g_addr (a legal leak: the object is never freed afterwards).
   Every recorded address is that of a live heap object, so main finds
   no two equal; an object wrongly promoted to the stack would share its
   slot with the object of the next call of the test.  */

static void
st_launder (void)
{
  int a = pick (-1, PK_OWNED, -1), v;

  if (a < 0)
    return;
  v = nvar++;
  nlaunder++;
  test_launders[cur_test] = 1;
  line ("struct hold h%d;", v);
  line ("h%d.p = %s;", v, P (a));
  line ("h%d.n = %s;", v, bytes_of (names[a].type, N (a)));
  line ("h%d.tag = %uu;", v, rnd (1000));
  line ("{");
  line ("  unsigned s = g_naddr < sizeof g_addr / sizeof g_addr[0]"
        " ? g_naddr++ : 0;");
  line ("  uintptr_t r = %s (&h%d, &g_addr[s]);", helper (HK_LAUNDER, 0), v);
  line ("  if (r)");
  line ("    g_addr[s] = r;");
  line ("}");
  line ("acc = mix (acc, %s[%s]);", P (a), idx (a));
  set_state (names[a].ent0, E_GLOBAL);
}

/* Whether the string-builder type and its helpers were emitted.  */
static int strb_emitted;

/* Emit into the helper buffer, once, a string-builder struct
   { buf, len, cap } and noinline helpers of it: strb_init, two appends
   (one returns the new length for the caller to store, one updates
   sb->len itself), strb_len, strb_room (through strb_len) and strb_sum
   (hashes the bytes sb->buf points to).  */

static void
emit_strb_helpers (void)
{
  struct sbuf *save_cur = cur;
  int save_ind = ind;

  if (strb_emitted)
    return;
  strb_emitted = 1;
  cur = &buf_helpers;
  ind = 0;
  line ("/* A string builder of fixed capacity.  */");
  line ("struct strb { unsigned char *buf; size_t len, cap; };");
  line ("");
  line ("static __attribute__ ((noinline)) void");
  line ("strb_init (struct strb *sb, size_t cap)");
  line ("{");
  line ("  sb->len = 0;");
  line ("  sb->cap = cap;");
  line ("  sb->buf[0] = 0;");
  line ("}");
  line ("");
  line ("/* Append N letters made from V; return the new length.  */");
  line ("static __attribute__ ((noinline)) size_t");
  line ("strb_add (const struct strb *sb, unsigned long long v, unsigned n)");
  line ("{");
  line ("  size_t len = sb->len;");
  line ("  for (unsigned i = 0; i < n && len + 1 < sb->cap; i++)");
  line ("    sb->buf[len++] = (unsigned char) ('a' + (v >> (i %% 12 * 5)) %% 26);");
  line ("  sb->buf[len] = 0;");
  line ("  return len;");
  line ("}");
  line ("");
  line ("/* The same, updating the length itself.  */");
  line ("static __attribute__ ((noinline)) void");
  line ("strb_append (struct strb *sb, unsigned long long v, unsigned n)");
  line ("{");
  line ("  for (unsigned i = 0; i < n && sb->len + 1 < sb->cap; i++)");
  line ("    sb->buf[sb->len++] = (unsigned char) ('A' + (v >> (i %% 12 * 5)) %% 26);");
  line ("  sb->buf[sb->len] = 0;");
  line ("}");
  line ("");
  line ("static __attribute__ ((noinline)) size_t");
  line ("strb_len (const struct strb *sb)");
  line ("{");
  line ("  return sb->len;");
  line ("}");
  line ("");
  line ("static __attribute__ ((noinline)) size_t");
  line ("strb_room (const struct strb *sb)");
  line ("{");
  line ("  return sb->cap - strb_len (sb) - 1;");
  line ("}");
  line ("");
  line ("static __attribute__ ((noinline)) unsigned long long");
  line ("strb_sum (const struct strb *sb)");
  line ("{");
  line ("  unsigned long long h = 7u;");
  line ("  for (size_t i = 0; i < sb->len; i++)");
  line ("    h = mix (h, sb->buf[i]);");
  line ("  return h;");
  line ("}");
  line ("");
  cur = save_cur;
  ind = save_ind;
}

/* A string builder on the stack whose buffer comes from malloc, filled
   and read by the noinline helpers of emit_strb_helpers; its bytes are
   hashed by the test or by strb_sum, and the buffer is freed.  */

static void
st_strbuild (void)
{
  int v = nvar++;
  unsigned cap = rrange (8, 96), nadd = rrange (1, 4);

  emit_strb_helpers ();
  line ("{");
  ind += 2;
  line ("struct strb sb%d;", v);
  line ("unsigned char *sbp%d = malloc (%u);", v, cap);
  line ("if (!sbp%d)", v);
  line ("  abort ();");
  line ("sb%d.buf = sbp%d;", v, v);
  line ("strb_init (&sb%d, %u);", v, cap);
  for (unsigned i = 0; i < nadd; i++)
    if (chance (60))
      line ("sb%d.len = strb_add (&sb%d, k * %uu + %uu, %u);", v, v, rodd (),
            rnd (1000), rrange (1, 20));
    else
      line ("strb_append (&sb%d, k * %uu + %uu, %u);", v, rodd (),
            rnd (1000), rrange (1, 20));
  if (chance (50))
    line ("acc = mix (acc, strb_room (&sb%d));", v);
  if (chance (40))
    line ("acc = mix (acc, strb_sum (&sb%d));", v);
  else
    {
      line ("for (size_t i = 0; i < strb_len (&sb%d); i++)", v);
      line ("  acc = mix (acc, sbp%d[i]);", v);
    }
  line ("free (%s);", chance (50) ? fmt ("sbp%d", v) : fmt ("sb%d.buf", v));
  ind -= 2;
  line ("}");
}

/* Store a pointer into a heap holder; read it back; free the holder, or
   hand the holder and the object to a global slot.  */

static void
st_heap_holder (void)
{
  int a = pick (-1, PK_ANY, -1), v;

  if (a < 0)
    return;
  v = nvar++;
  line ("struct hold *hp%d = malloc (sizeof *hp%d);", v, v);
  line ("if (!hp%d)", v);
  line ("  abort ();");
  if (chance (40))
    line ("%s (hp%d, %s, %s);", helper (HK_PUT, 0), v, P (a),
          bytes_of (names[a].type, N (a)));
  else
    {
      line ("hp%d->p = %s;", v, P (a));
      line ("hp%d->n = %s;", v, bytes_of (names[a].type, N (a)));
      line ("hp%d->tag = %uu;", v, rnd (1000));
    }
  if (chance (60))
    line ("acc = mix (acc, %s (hp%d));", helper (HK_RDHOLD, 0), v);
  line ("acc = mix (acc, ((const unsigned char *) hp%d->p)[hp%d->n - 1]);",
        v, v);
  if (name_owned (a) && chance (35))
    {
      /* The holder and the object escape into a global.  */
      line ("g_hold[%d] = hp%d;", nhold++, v);
      set_state (names[a].ent0, E_GLOBAL);
      return;
    }
  if (name_owned (a) && chance (20))
    {
      line ("free (hp%d->p);", v);
      set_state (names[a].ent0, E_GONE);
    }
  else if (chance (50))
    {
      int j = new_name (names[a].ent0, names[a].ent1, names[a].base,
                        names[a].type, names[a].minsz);
      line ("%s *%s = hp%d->p;", tname[names[a].type], P (j), v);
      line ("size_t %s = %s;", N (j), N (a));
    }
  line ("free (hp%d);", v);
}

/* memcpy or memmove between pool objects.  */

static void
st_memcpy (void)
{
  int a = pick (-1, PK_ANY, -1), b;
  int t;

  if (a < 0)
    return;
  t = names[a].type;
  if (chance (25))
    {
      line ("memmove (%s + 1, %s, %s);", P (a), P (a),
            bytes_of (t, fmt ("(%s - 1)", N (a))));
      return;
    }
  b = pick (t, PK_ANY, a);
  if (b < 0)
    return;
  if (chance (50))
    line ("memcpy (%s, %s, %s);", P (a), P (b),
          bytes_of (t, fmt ("(%s < %s ? %s : %s)", N (a), N (b), N (a),
                            N (b))));
  else
    {
      unsigned m = names[a].minsz < names[b].minsz ? names[a].minsz
        : names[b].minsz;
      line ("memcpy (%s, %s, %s);", P (a), P (b),
            bytes_of (t, fmt ("%u", rrange (1, m))));
    }
}

/* memset, strlen, memchr or memcmp on byte objects.  */

static void
st_string (void)
{
  int a = pick (T_BYTE, PK_ANY, -1), b;

  if (a < 0)
    return;
  switch (rnd (6))
    {
    case 4:
      /* The C library model: %s of the object only reads it.  */
      line ("%s[%s - 1] = 0;", P (a), N (a));
      open_block ();
      line ("char tb[24];");
      line ("acc = mix (acc, (unsigned) snprintf (tb, sizeof tb, \"<%%s>\", "
            "(const char *) %s));", P (a));
      line ("acc = mix (acc, (unsigned char) tb[1]);");
      close_block ();
      break;
    case 5:
      /* stdio output of the object's bytes (they are deterministic).  */
      line ("%s[%s - 1] = 0;", P (a), N (a));
      if (chance (50))
        line ("printf (\"s=%%.4s|\\n\", (const char *) %s);", P (a));
      else
        line ("fwrite (%s, 1, %s < 3 ? %s : 3, stdout); putchar ('\\n');",
              P (a), N (a), N (a));
      break;
    case 0:
      line ("memset (%s, (int) (acc & 255u), %s);", P (a),
            chance (50) ? N (a) : fmt ("%u", rrange (1, names[a].minsz)));
      break;
    case 1:
      line ("%s[%s - 1] = 0;", P (a), N (a));
      line ("acc = mix (acc, strlen ((const char *) %s));", P (a));
      break;
    case 2:
      line ("acc = mix (acc, memchr (%s, %u, %s) != NULL);", P (a),
            rnd (256), N (a));
      break;
    default:
      b = pick (T_BYTE, PK_ANY, -1);
      line ("acc = mix (acc, memcmp (%s, %s, %s < %s ? %s : %s) < 0);",
            P (a), P (b), N (a), N (b), N (a), N (b));
      break;
    }
}

/* Free an owned object, directly or through a callee.  */

static void
st_free (void)
{
  int a = pick (-1, PK_OWNED, -1);

  if (a < 0)
    return;
  if (chance (60))
    line ("free (%s);", P (a));
  else
    line ("%s (%s, %s);", helper (HK_REL, names[a].type), P (a), N (a));
  set_state (names[a].ent0, E_GONE);
}

/* Free an owned object on some paths only.  */

static void
st_cond_free (void)
{
  int a = pick (-1, PK_OWNED, -1), e;
  unsigned bit = 1u << rnd (7);

  if (a < 0)
    return;
  e = names[a].ent0;
  switch (rnd (3))
    {
    case 0:
      /* Freed now on one path, later on the other (free (NULL) is fine).  */
      line ("if (k & %uu)", bit);
      open_block ();
      line ("acc = mix (acc, %s[%s]);", P (a), idx (a));
      line ("free (%s);", P (a));
      line ("%s = NULL;", P (a));
      close_block ();
      kill_others (e, a);
      ents[e].base = a;
      ents[e].state = E_MAYBE;
      break;
    case 1:
      /* Freed on one path, deliberately leaked on the other.  */
      line ("if (k & %uu)", bit);
      line ("  free (%s);", P (a));
      set_state (e, E_GONE);
      break;
    default:
      /* A callee frees it on some paths; the caller frees it otherwise.  */
      line ("if (!%s (%s, k))", helper (HK_MAYFREE, names[a].type), P (a));
      open_block ();
      line ("acc = mix (acc, %s[%s]);", P (a), idx (a));
      line ("free (%s);", P (a));
      close_block ();
      set_state (e, E_GONE);
      break;
    }
}

/* Take the address of a pointer variable, use the object through it,
   maybe free it through a callee that clears the pointer.  */

static void
st_ptrptr (void)
{
  int a = pick (-1, PK_ANY, -1), v, t;

  if (a < 0)
    return;
  t = names[a].type;
  v = nvar++;
  line ("%s **pp%d = &%s;", tname[t], v, P (a));
  line ("acc = mix (acc, (*pp%d)[%s]);", v, idx (a));
  if (chance (50))
    {
      char *ix = idx (a);
      line ("(*pp%d)[%s] = %s;", v, ix, val (t));
    }
  if (name_owned (a) && chance (40))
    {
      line ("%s (pp%d);", helper (HK_CLEAR, t), v);
      line ("acc = mix (acc, %s == NULL);", P (a));
      set_state (names[a].ent0, E_GONE);
    }
}

/* Pass an object through a callee that returns it.  */

static void
st_pass (void)
{
  int a = pick (-1, PK_ANY, -1), j;

  if (a < 0)
    return;
  j = new_name (names[a].ent0, names[a].ent1, names[a].base, names[a].type,
                names[a].minsz);
  line ("%s *%s = %s (%s, %s);", tname[names[a].type], P (j),
        helper (HK_PASS, names[a].type), P (a), N (a));
  line ("size_t %s = %s;", N (j), N (a));
}

/* A "small buffer first" builder, self-contained: a buffer of a
   constant first size grows by doubling with realloc in a loop whose
   trip count depends on K, is read back and freed (sometimes through a
   local struct holding it, as an inlined destroy would).  */

static void
st_builder (void)
{
  int v = nvar++, t = (int) rnd (T_NUM);
  const char *T = tname[t];
  unsigned cap = 4u << rnd (4);
  unsigned mask = (8u << rnd (7)) - 1;

  line ("{");
  ind += 2;
  line ("size_t cap%d = %uu, len%d = 0;", v, cap, v);
  line ("%s *sb%d = malloc (%uu * sizeof (%s));", T, v, cap, T);
  line ("if (!sb%d)", v);
  line ("  abort ();");
  line ("for (unsigned i = 0; i < (k & %uu) + %uu; i++)", mask, rnd (5));
  open_block ();
  line ("if (len%d == cap%d)", v, v);
  open_block ();
  line ("%s *nb = realloc (sb%d, (cap%d *= 2u) * sizeof (%s));", T, v, v,
        T);
  line ("if (!nb)");
  line ("  abort ();");
  line ("sb%d = nb;", v);
  close_block ();
  line ("sb%d[len%d++] = (%s) (i * %uu + k);", v, v, T, rodd ());
  close_block ();
  line ("for (size_t i = 0; i < len%d; i++)", v);
  line ("  acc = mix (acc, sb%d[i]);", v);
  if (chance (50))
    line ("free (sb%d);", v);
  else
    {
      line ("struct { %s *buf; size_t cap; } hb%d;", T, v);
      line ("hb%d.buf = sb%d;", v, v);
      line ("hb%d.cap = cap%d;", v, v);
      line ("acc = mix (acc, hb%d.cap);", v);
      line ("free (hb%d.buf);", v);
    }
  ind -= 2;
  line ("}");
}

/* Resize an owned object with realloc, in a callee or directly.  */

static void
st_grow (void)
{
  int a, t, e, v;
  struct size s;

  if (chance (30))
    {
      st_builder ();
      return;
    }
  a = pick (-1, PK_OWNED, -1);
  if (a < 0)
    return;
  t = names[a].type;
  e = names[a].ent0;
  s = gen_size (t, NULL, 1);
  v = nvar++;
  line ("size_t o%d = %s;", v, N (a));
  line ("%s = %s;", N (a), s.expr);
  if (chance (70))
    line ("%s = %s (%s, o%d, %s);", P (a), helper (HK_GROW, t), P (a), v,
          N (a));
  else
    {
      line ("%s *r%d = realloc (%s, %s);", tname[t], v, P (a),
            bytes_of (t, N (a)));
      line ("if (!r%d)", v);
      line ("  abort ();");
      line ("%s = r%d;", P (a), v);
      line ("for (size_t i = o%d; i < %s; i++)", v, N (a));
      line ("  %s[i] = (%s) (i + k);", P (a), tname[t]);
    }
  kill_others (e, a);
  names[a].minsz = s.min;
  ents[e].base = a;
}

/* Hand an owned object to a global slot, through a callee or
   directly.  */

static void
st_stash (void)
{
  int a = pick (-1, PK_OWNED, -1);
  int slot;

  if (a < 0)
    return;
  slot = nkeep++;
  if (chance (70))
    line ("%s (%s, %s, %du);", helper (HK_STASH, names[a].type), P (a),
          N (a), slot);
  else
    {
      line ("g_keep[%d] = %s;", slot, P (a));
      line ("g_keep_n[%d] = %s;", slot, bytes_of (names[a].type, N (a)));
    }
  set_state (names[a].ent0, E_GLOBAL);
}

/* A loop that allocates, uses and frees an object per iteration, or
   keeps the previous one, or fills an array of objects.  */

static void
st_loop (void)
{
  int t = chance (80) ? T_BYTE : T_WORD;
  const char *T = tname[t];
  int v = nvar++;
  unsigned iters;
  char *iv = fmt ("i%d", v);
  char *cnt;
  struct size s;
  int ak = rnd (3), variant = rnd (4);

  if (chance (60))
    iters = chance (50) ? rrange (1, 64) : rrange (1, 4000);
  else
    iters = 0;
  s = gen_size (t, iv, iters && iters <= 16);
  if (iters && iters > 300 && s.min > 512)
    s.expr = fmt ("%u", rrange (1, 64)), s.min = 1;
  if (variant == 3 && s.large)
    s.expr = fmt ("%u", rrange (1, 256)), s.min = 1, s.large = 0;
  if (ak == 2)
    s.expr = round_expr (t, s.expr), s.min = round_min (t, s.min);
  if (iters)
    cnt = fmt ("%uu", iters);
  else if (s.large)
    cnt = fmt ("(k & 7u) + 1u");
  else
    cnt = fmt ("(k & %uu) + 1u", (16u << rnd (7)) - 1);

  if (variant == 3)
    {
      /* An array of objects built in one loop, used and freed later.  */
      unsigned len = rrange (2, 12);
      line ("%s *a%d[%u];", T, v, len);
      line ("size_t na%d[%u];", v, len);
      line ("for (unsigned %s = 0; %s < %uu; %s++)", iv, iv, len, iv);
      open_block ();
      line ("na%d[%s] = %s;", v, iv, s.expr);
      line ("a%d[%s] = %s;", v, iv, alloc_call (ak, t, fmt ("na%d[%s]", v,
                                                            iv)));
      line ("if (!a%d[%s])", v, iv);
      line ("  abort ();");
      emit_init (fmt ("a%d[%s]", v, iv), fmt ("na%d[%s]", v, iv), t);
      close_block ();
      line ("for (unsigned %s = 0; %s < %uu; %s++)", iv, iv, len, iv);
      line ("  acc = mix (acc, a%d[(%s + k) %% %uu][(k + %s) %% na%d[(%s + k)"
            " %% %uu]]);", v, iv, len, iv, v, iv, len);
      line ("for (unsigned %s = 0; %s < %uu; %s++)", iv, iv, len, iv);
      if (chance (50))
        line ("  free (a%d[%s]);", v, iv);
      else
        line ("  %s (a%d[%s], na%d[%s]);", helper (HK_REL, t), v, iv, v, iv);
      return;
    }

  if (variant == 2)
    line ("%s *prev%d = NULL;", T, v);
  line ("for (unsigned %s = 0; %s < %s; %s++)", iv, iv, cnt, iv);
  open_block ();
  line ("size_t m = %s;", s.expr);
  if (chance (20))
    line ("%s *t = %s (m, %s);", T, helper (HK_MAKE, t), iv);
  else
    {
      line ("%s *t = %s;", T, alloc_call (ak, t, "m"));
      line ("if (!t)");
      line ("  abort ();");
      emit_init ("t", "m", t);
    }
  line ("if (!t)");
  line ("  abort ();");
  line ("t[(%s * %uu) %% m] = (%s) (acc + %s);", iv, rodd (), T, iv);
  if (chance (40))
    line ("acc = mix (acc, %s (t, m));", helper (HK_READ, t));
  else
    line ("acc = mix (acc, t[(k + %s) %% m]);", iv);
  if (variant == 2)
    {
      line ("if (prev%d)", v);
      line ("  acc = mix (acc, prev%d[0]);", v);
      line ("free (prev%d);", v);
      line ("prev%d = t;", v);
      close_block ();
      line ("if (prev%d)", v);
      line ("  acc = mix (acc, prev%d[0]);", v);
      line ("free (prev%d);", v);
      return;
    }
  if (variant == 1)
    {
      line ("if (%s & %uu)", iv, 1u << rnd (3));
      open_block ();
      line ("acc = mix (acc, t[m - 1]);");
      line ("free (t);");
      line ("continue;");
      close_block ();
      if (chance (50))
        line ("%s (t, m, %du);", helper (HK_STASH, t), nkeep++);
      else
        line ("%s (t, m);", helper (HK_REL, t));
    }
  else if (chance (70))
    line ("free (t);");
  else
    line ("%s (t, m);", helper (HK_REL, t));
  close_block ();
}

/* Self-contained loop shapes whose objects of several iterations are
   live at once: a buffer that reads the previous iteration's one before
   freeing it, or rows kept in a local array of pointers and freed by a
   loop over it.  Trip counts and sizes depend on K, so some runs
   outgrow any frame storage.  */

static void
st_carried (void)
{
  int v = nvar++, t = (int) rnd (T_NUM);
  const char *T = tname[t];
  unsigned elems = rrange (1, 12);
  unsigned mask = (4u << rnd (6)) - 1;

  line ("{");
  ind += 2;
  if (chance (50))
    {
      line ("%s *pv%d = NULL;", T, v);
      line ("for (unsigned i = 0; i < (k & %uu) + 1u; i++)", mask);
      open_block ();
      line ("%s *cb = malloc (%uu * sizeof (%s));", T, elems, T);
      line ("if (!cb)");
      line ("  abort ();");
      line ("for (unsigned j = 0; j < %uu; j++)", elems);
      line ("  cb[j] = (%s) ((pv%d ? pv%d[(j + 1u) %% %uu] : (%s) k) * 3u "
	    "+ j + i);", T, v, v, elems, T);
      line ("acc = mix (acc, cb[i %% %uu]);", elems);
      if (chance (70))
	line ("free (pv%d);", v);
      else
	{
	  line ("%s *fp = (i & 1u) ? pv%d : NULL;", T, v);
	  line ("free (fp);");
	  line ("if (!(i & 1u))");
	  line ("  free (pv%d);", v);
	}
      line ("pv%d = cb;", v);
      close_block ();
      line ("free (pv%d);", v);
    }
  else
    {
      unsigned rows = rrange (2, 12);
      line ("%s *rw%d[%u];", T, v, rows);
      line ("size_t nr%d = (k %% %uu) + 1u;", v, rows);
      line ("size_t nc%d = (k & %uu) + 1u;", v, mask);
      line ("for (size_t i = 0; i < nr%d; i++)", v);
      open_block ();
      line ("rw%d[i] = malloc (nc%d * sizeof (%s));", v, v, T);
      line ("if (!rw%d[i])", v);
      line ("  abort ();");
      line ("for (size_t j = 0; j < nc%d; j++)", v);
      line ("  rw%d[i][j] = (%s) (i * %uu + j + k);", v, T, rodd ());
      close_block ();
      line ("for (size_t i = 0; i < nr%d; i++)", v);
      line ("  acc = mix (acc, rw%d[i][(k + i) %% nc%d]);", v, v);
      line ("for (size_t i = 0; i < nr%d; i++)", v);
      line ("  free (rw%d[nr%d - 1u - i]);", v, v);
    }
  ind -= 2;
  line ("}");
}

/* Nested loops (GCC PR 90348's shape): an outer loop allocates an
   object, an inner loop writes it through a pointer into it and
   allocates, uses and frees a small object (or uses a local array) in
   every iteration, then the outer loop reads the outer object back and
   frees it.  A slot of the inner object sharing the outer one's bytes
   shows up as a different hash.  */

static void
st_nested (void)
{
  if (chance (30))
    {
      st_carried ();
      return;
    }
  int t = chance (80) ? T_BYTE : T_WORD;
  const char *T = tname[t];
  int v = nvar++;
  int ak = rnd (2);
  struct size s = gen_size (t, NULL, 0);
  unsigned off = rnd (2);
  /* The inner loop runs I times (at most S.MIN, the fewest elements W
     has) or a count of its own.  */
  unsigned outer = rrange (1, s.min < 6 ? s.min : 6);

  line ("for (unsigned i%d = 0; i%d < %uu; i%d++)", v, v, outer, v);
  open_block ();
  line ("size_t m = %s + %uu;", s.expr, off);
  line ("%s *o = %s;", T, alloc_call (ak, t, "m"));
  line ("if (!o)");
  line ("  abort ();");
  line ("%s *w = o + %uu;", T, off);
  if (chance (50))
    line ("size_t lim = i%d;", v);
  else
    line ("size_t lim = (i%d + k) %% (m - %uu);", v, off);
  line ("for (size_t j = 0; j < lim; j++)");
  open_block ();
  if (chance (50))
    line ("w[j] = (%s) k;", T);
  else
    line ("w[j] = (%s) (acc + j * %uu);", T, rodd ());
  if (chance (70))
    {
      unsigned n = rrange (1, 4);
      line ("%s *q = %s;", T, alloc_call (rnd (2), t, fmt ("%u", n)));
      line ("if (!q)");
      line ("  abort ();");
      line ("q[0] = (%s) %u;", T, rnd (256));
      if (chance (50))
        line ("acc = mix (acc, %s (q, 1));", helper (HK_READ, t));
      else
        line ("acc = mix (acc, q[0]);");
      line ("free (q);");
    }
  else
    {
      line ("%s la[2];", T);
      line ("la[0] = (%s) (j + %uu);", T, rnd (256));
      line ("la[1] = (%s) k;", T);
      line ("acc = mix (acc, %s (la, 2));", helper (HK_READ, t));
    }
  close_block ();
  line ("for (size_t j = 0; j < lim; j++)");
  line ("  acc = mix (acc, w[j]);");
  line ("free (o);");
  close_block ();
}

/* Build, traverse and free a linked list.  */

static void
st_list (void)
{
  int v = nvar++;
  char *len = chance (50) ? fmt ("%uu", rrange (1, 300))
    : fmt ("(k & %uu) + 1u", (4u << rnd (7)) - 1);
  unsigned dmax = chance (30) ? 0 : rrange (1, 128);
  int tail = chance (40);

  line ("struct node *hd%d = NULL;", v);
  if (tail)
    line ("struct node **tp%d = &hd%d;", v, v);
  line ("for (unsigned i = 0; i < %s; i++)", len);
  open_block ();
  line ("struct node *nd = malloc (sizeof *nd);");
  line ("if (!nd)");
  line ("  abort ();");
  line ("nd->val = i * %uu + k;", rodd ());
  if (dmax)
    {
      line ("nd->n = (i + k) %% %uu;", dmax + 1);
      line ("nd->data = nd->n ? malloc (nd->n) : NULL;");
      line ("if (nd->data)");
      line ("  memset (nd->data, (int) (i & 255u), nd->n);");
    }
  else
    {
      line ("nd->n = 0;");
      line ("nd->data = NULL;");
    }
  if (tail)
    {
      line ("nd->next = NULL;");
      line ("*tp%d = nd;", v);
      line ("tp%d = &nd->next;", v);
    }
  else
    {
      line ("nd->next = hd%d;", v);
      line ("hd%d = nd;", v);
    }
  close_block ();
  line ("for (struct node *c = hd%d; c; c = c->next)", v);
  line ("  acc = mix (acc, c->val + (c->data ? c->data[(k + c->val) %% c->n] "
        ": 0u));");
  /* A second walk reading the nodes' data fields as integers (the
     plugin's field-sensitive rule for a site's own objects), or one
     reading the bytes of `next` as an integer, which must keep the
     nodes on the heap (only whether it is null reaches the output).  */
  if (chance (50))
    {
      line ("for (struct node *c = hd%d; c; c = c->next)", v);
      line ("  acc = mix (acc, c->val * %uu + (unsigned) c->n);", rodd ());
    }
  if (chance (15))
    {
      line ("for (struct node *c = hd%d; c; c = c->next)", v);
      /* The bytes of `next' read as an integer: through memcpy, as an
	 integer lvalue would break the aliasing rules (GCC at -O2 then
	 printed other results than at -O0, with or without the plugin).  */
      line ("  { uintptr_t nb; memcpy (&nb, &c->next, sizeof nb);"
	    " acc = mix (acc, nb != 0); }");
    }
  line ("while (hd%d)", v);
  open_block ();
  line ("struct node *nx = hd%d->next;", v);
  line ("free (hd%d->data);", v);
  line ("free (hd%d);", v);
  line ("hd%d = nx;", v);
  close_block ();
}

/* Emit a helper that builds a list of nodes holding only data, walks
   it reading the data fields as integers and frees it by a walk, all
   in one function (the plugin's rule for a site's own objects gives the
   nodes frame storage), and call it.  Sometimes the walk also reads the
   bytes of `next` as an integer, which must keep the nodes on the heap
   (only whether they are null reaches the output).  */

static void
st_list_fn (void)
{
  int id = next_fn++;
  struct sbuf *save_cur = cur;
  int save_ind = ind;
  int tail = chance (40);
  int bits = chance (20);
  unsigned c1 = rodd (), c2 = rodd ();

  cur = &buf_helpers;
  ind = 0;
  line ("/* Build, walk and free a list of N data nodes.  */");
  line ("static %sunsigned long long", callee_attr (0));
  line ("lst%d (unsigned n, unsigned k)", id);
  line ("{");
  ind = 2;
  line ("struct node *hd = NULL;");
  if (tail)
    line ("struct node **tp = &hd;");
  line ("unsigned long long h = k;");
  line ("for (unsigned i = 0; i < n; i++)");
  open_block ();
  line ("struct node *nd = malloc (sizeof *nd);");
  line ("if (!nd)");
  line ("  abort ();");
  line ("nd->val = i * %uu + k;", c1);
  line ("nd->n = (i ^ k) & 255u;");
  line ("nd->data = NULL;");
  if (tail)
    {
      line ("nd->next = NULL;");
      line ("*tp = nd;");
      line ("tp = &nd->next;");
    }
  else
    {
      line ("nd->next = hd;");
      line ("hd = nd;");
    }
  close_block ();
  line ("for (struct node *c = hd; c; c = c->next)");
  line ("  h = mix (h, c->val * %uu + (unsigned) c->n);", c2);
  if (bits)
    {
      line ("for (struct node *c = hd; c; c = c->next)");
      /* Through memcpy, as above.  */
      line ("  { uintptr_t nb; memcpy (&nb, &c->next, sizeof nb);"
	    " h = mix (h, nb != 0); }");
    }
  line ("while (hd)");
  open_block ();
  line ("struct node *nx = hd->next;");
  line ("free (hd);");
  line ("hd = nx;");
  close_block ();
  line ("return h;");
  ind = 0;
  line ("}");
  line ("");
  cur = save_cur;
  ind = save_ind;
  if (chance (50))
    line ("acc = mix (acc, lst%d (%u, k));", id, rnd (100));
  else
    /* A length whose range GCC knows: up to 16 nodes fit frame storage
       with room for every node (no room test, frees deleted), up to 64
       do not.  No random draw, so the rest of the program is as
       before.  */
    line ("acc = mix (acc, lst%d ((k & %uu) + 1u, k));", id,
	  (id & 1) ? 15u : 63u);
}

/* Emit a helper that owns a buffer through a container (an inlined
   vec_init/vec_destroy pair: the container holds the buffer, which is
   freed through it before the container), and call it.  */

static void
st_owned_fn (void)
{
  int id = next_fn++;
  struct sbuf *save_cur = cur;
  int save_ind = ind;
  int zero = chance (50);
  unsigned c1 = rodd ();

  cur = &buf_helpers;
  ind = 0;
  line ("/* A container owning a buffer of N bytes.  */");
  line ("static %sunsigned long long", callee_attr (0));
  line ("own%d (unsigned n, unsigned k)", id);
  line ("{");
  ind = 2;
  line ("struct hold *h = malloc (sizeof *h);");
  line ("unsigned long long r = k;");
  line ("if (!h)");
  line ("  abort ();");
  line ("h->n = n;");
  line ("h->tag = k;");
  if (zero)
    line ("h->p = calloc (n ? n : 1u, 1);");
  else
    line ("h->p = malloc (n ? n : 1u);");
  line ("if (!h->p)");
  line ("  abort ();");
  line ("for (size_t i = 0; i < h->n; i++)");
  line ("  ((unsigned char *) h->p)[i] %s (unsigned char) (i * %uu + h->tag);",
        zero ? "+=" : "=", c1);
  line ("for (size_t i = 0; i < h->n; i++)");
  line ("  r = mix (r, ((unsigned char *) h->p)[i]);");
  line ("free (h->p);");
  line ("free (h);");
  line ("return r;");
  ind = 0;
  line ("}");
  line ("");
  cur = save_cur;
  ind = save_ind;
  if (chance (50))
    line ("acc = mix (acc, own%d (%u, k));", id, rnd (2000));
  else
    line ("acc = mix (acc, own%d (k & 255u, k));", id);
}

/* Emit a recursive helper that allocates per level, and call it.  */

static void
st_recurse (void)
{
  int id = next_fn++;
  unsigned sz = chance (80) ? rrange (1, 256) : rrange (257, 8192);
  struct sbuf *save_cur = cur;
  int save_ind = ind;

  cur = &buf_helpers;
  ind = 0;
  line ("/* Recurse D levels deep with one object per level.  */");
  line ("static %sunsigned long long", callee_attr (0));
  line ("rec%d (unsigned d, unsigned k)", id);
  line ("{");
  ind = 2;
  line ("unsigned char *b = malloc (%u);", sz);
  line ("unsigned long long h;");
  line ("if (!b)");
  line ("  abort ();");
  line ("memset (b, (int) ((d + k) & 255u), %u);", sz);
  line ("b[(k + d) %% %uu] ^= 0x5a;", sz);
  line ("h = d ? rec%d (d - 1, k * 3u + 1u) : %uu;", id, rnd (100000));
  line ("h = mix (h, b[(d * 7u + k) %% %uu]);", sz);
  line ("free (b);");
  line ("return h;");
  ind = 0;
  line ("}");
  line ("");
  cur = save_cur;
  ind = save_ind;
  if (chance (50))
    line ("acc = mix (acc, rec%d (%u, k));", id, rnd (64));
  else
    line ("acc = mix (acc, rec%d (k & 63u, k));", id);
}

/* ---------------------------------------------------------------------
   Test functions and main.  */

/* Emit the end of a test: free or leak what is still owned, return.  */

static void
finish_test (void)
{
  for (int e = 0; e < nent; e++)
    {
      int b = ents[e].base;

      if (ents[e].state == E_MAYBE)
        line ("free (%s);", P (b));
      else if (ents[e].state == E_LIVE)
        {
          /* Any owned name of the entity will do.  */
          for (int i = 0; i < nname; i++)
            if (names[i].ent0 == e && name_owned (i))
              b = i;
          if (chance (5))
            line ("/* %s deliberately leaked.  */", P (b));
          else if (chance (75))
            line ("free (%s);", P (b));
          else
            line ("%s (%s, %s);", helper (HK_REL, ents[e].type), P (b),
                  N (b));
        }
    }
  line ("return acc;");
}

/* Emit test function number ID.  */

static void
gen_test (int id)
{
  int nstmt = rrange (5, 15);

  nent = nname = nvar = 0;
  cur_test = id;
  cur = &buf_tests;
  ind = 0;
  line ("/* Test %d.  */", id);
  line ("static %sunsigned long long", callee_attr (25));
  line ("t%d (unsigned k)", id);
  line ("{");
  ind = 2;
  line ("unsigned long long acc = %lluull ^ k;",
        (unsigned long long) (rng_next () >> 1));
  st_alloc ();
  for (int s = 0; s < nstmt; s++)
    {
      unsigned r = rnd (104);

      if (r < 14)
        st_alloc ();
      else if (r < 17)
        st_alloc_cond ();
      else if (r < 26)
        st_read ();
      else if (r < 30)
        st_read_loop ();
      else if (r < 35)
        st_write ();
      else if (r < 42)
        st_reader ();
      else if (r < 46)
        st_writer ();
      else if (r < 51)
        st_alias ();
      else if (r < 55)
        st_merge ();
      else if (r < 57)
        st_merge_free ();
      else if (r < 60)
        st_local_array ();
      else if (r < 62)
        st_local_struct ();
      else if (r < 63)
        st_launder ();
      else if (r < 66)
        st_heap_holder ();
      else if (r < 69)
        st_memcpy ();
      else if (r < 73)
        st_string ();
      else if (r < 77)
        st_free ();
      else if (r < 80)
        st_cond_free ();
      else if (r < 82)
        st_pass ();
      else if (r < 83)
        st_ptrptr ();
      else if (r < 86)
        st_grow ();
      else if (r < 89)
        st_stash ();
      else if (r < 93)
        st_loop ();
      else if (r < 95)
        st_nested ();
      else if (r < 96)
        st_list ();
      else if (r < 97)
        st_owned_fn ();
      else if (r < 98)
        st_list_fn ();
      else if (r < 100)
        st_recurse ();
      else
        st_strbuild ();
    }
  finish_test ();
  ind = 0;
  line ("}");
  line ("");
}

/* Depth of the call chain run on a small thread stack (0: none).  */
static int chain_depth;

/* Emit a chain of CHAIN_DEPTH distinct noinline functions, each holding
   two scratch buffers of up to 2 KiB while it calls the next; main runs
   it on a thread with a 64 KiB stack.  Promoting every buffer would
   overflow that stack; the plugin's max-chain-size must keep the sum
   along the chain small.  */

static void
gen_chain (void)
{
  cur = &buf_tests;
  ind = 0;
  for (int i = chain_depth - 1; i >= 0; i--)
    {
      unsigned s1 = rrange (1024, 2048), s2 = rrange (1024, 2048);

      line ("/* Chain level %d.  */", i);
      line ("static __attribute__ ((noinline)) unsigned long long");
      line ("ch%d (unsigned k)", i);
      line ("{");
      ind = 2;
      line ("unsigned char *a = malloc (%u);", s1);
      line ("unsigned char *b = malloc (%u);", s2);
      /* Not abort (): it may run signal handlers, which makes every
         address-taken function (chain_thread) a possible callee.  */
      line ("if (!a || !b)");
      line ("  return 0;");
      line ("memset (a, (int) (k & 0xff), %u);", s1);
      line ("for (unsigned i = 0; i < %uu; i++)", s2);
      line ("  b[i] = (unsigned char) (a[(i * %uu) %% %uu] ^ i);", rodd (),
            s1);
      if (i + 1 < chain_depth)
        line ("unsigned long long r = ch%d (k * %uu + 1u);", i + 1, rodd ());
      else
        line ("unsigned long long r = %lluull;",
              (unsigned long long) (rng_next () >> 1));
      line ("r = mix (r, a[k %% %uu]);", s1);
      line ("r = mix (r, b[(k * 3u) %% %uu]);", s2);
      line ("free (a);");
      line ("free (b);");
      line ("return r;");
      ind = 0;
      line ("}");
      line ("");
    }
  line ("static unsigned long long g_chain_r;");
  line ("");
  line ("/* Run the chain on the small thread.  */");
  line ("static void *");
  line ("chain_thread (void *arg)");
  line ("{");
  line ("  g_chain_r = ch0 ((unsigned) (uintptr_t) arg);");
  line ("  return NULL;");
  line ("}");
  line ("");
}

/* Depth of the recursion through a GNU ifunc (0: none).  */
static int ifunc_depth;

/* Emit a recursion of IFUNC_DEPTH levels whose every level holds two
   2 KiB scratch buffers and calls itself through an ifunc: the call
   graph's edge goes to the resolver, which calls nothing.  Promoting
   the buffers would add 4 KiB a level and overflow an 8 MiB stack.  */

static void
gen_ifunc_recursion (void)
{
  unsigned c = rodd ();

  cur = &buf_tests;
  ind = 0;
  line ("static unsigned long long deep (unsigned d, unsigned k);");
  line ("");
  line ("/* The implementation the ifunc resolves to.  */");
  line ("static unsigned long long");
  line ("deep_impl (unsigned d, unsigned k)");
  line ("{");
  line ("  return d ? deep (d - 1, k * %uu + 1u) : k;", c);
  line ("}");
  line ("");
  line ("/* The resolver of deep_step.  */");
  line ("static unsigned long long (*deep_resolve (void)) (unsigned, unsigned)");
  line ("{");
  line ("  return deep_impl;");
  line ("}");
  line ("");
  line ("unsigned long long deep_step (unsigned, unsigned)");
  line ("  __attribute__ ((ifunc (\"deep_resolve\")));");
  line ("");
  line ("/* One level of the recursion through deep_step.  */");
  line ("static __attribute__ ((noinline)) unsigned long long");
  line ("deep (unsigned d, unsigned k)");
  line ("{");
  ind = 2;
  line ("unsigned char *a = malloc (2048);");
  line ("unsigned char *b = malloc (2048);");
  line ("if (!a || !b)");
  line ("  return 0;");
  line ("memset (a, (int) (k & 0xff), 2048);");
  line ("memset (b, (int) (d & 0xff), 2048);");
  line ("unsigned long long r = deep_step (d, k);");
  line ("r = mix (r, a[k %% 2048u] ^ b[(k * 3u) %% 2048u]);");
  line ("free (a);");
  line ("free (b);");
  line ("return r;");
  ind = 0;
  line ("}");
  line ("");
}

/* Print the whole program for SEED.  */

static void
gen_program (unsigned long long seed)
{
  int ntests = rrange (6, 11);
  unsigned vseed = (unsigned) rng_next ();
  unsigned vsz = (unsigned) rng_next ();

  for (int i = 0; i < ntests; i++)
    gen_test (i);
  chain_depth = chance (35) ? (int) rrange (16, 32) : 0;
  if (chain_depth)
    gen_chain ();
  ifunc_depth = chance (20) ? (int) rrange (2500, 3500) : 0;
  if (ifunc_depth)
    gen_ifunc_recursion ();

  cur = &buf_main;
  ind = 0;
  line ("int");
  line ("main (int argc, char **argv)");
  line ("{");
  ind = 2;
  line ("unsigned long long h = 14695981039346656037ull;");
  line ("unsigned base = vseed + (unsigned) argc - 1u;");
  line ("(void) argv;");
  for (int i = 0; i < ntests; i++)
    {
      unsigned reps = rrange (1, 3);
      /* Two objects of one launder site must get distinct addresses.  */
      if (test_launders[i] && reps < 2)
        reps = 2;
      line ("for (unsigned j = 0; j < %uu; j++)", reps);
      open_block ();
      unsigned c1 = rodd ();
      line ("unsigned long long r = t%d (base * %uu + j * %uu);", i, c1,
            rodd ());
      line ("drain ();");
      line ("h = mix (h, r);");
      line ("printf (\"t%d.%%u %%016llx\\n\", j, r);", i);
      close_block ();
    }
  if (chain_depth)
    {
      line ("pthread_attr_t attr;");
      line ("pthread_t th;");
      line ("if (pthread_attr_init (&attr)");
      line ("    || pthread_attr_setstacksize (&attr, 64 * 1024)");
      line ("    || pthread_create (&th, &attr, chain_thread,");
      line ("                       (void *) (uintptr_t) base)");
      line ("    || pthread_join (th, NULL))");
      line ("  abort ();");
      line ("printf (\"chain %%016llx\\n\", g_chain_r);");
    }
  if (ifunc_depth)
    line ("printf (\"deep %%016llx\\n\", deep (%du, base));", ifunc_depth);
  if (nlaunder)
    {
      line ("unsigned dups = 0;");
      line ("for (unsigned i = 0; i < g_naddr; i++)");
      line ("  for (unsigned j = 0; j < i; j++)");
      line ("    dups += g_addr[i] == g_addr[j];");
      line ("printf (\"launder %%u addresses, %%u equal\\n\", g_naddr, dups);");
    }
  line ("printf (\"global %%016llx\\n\", g_acc);");
  line ("printf (\"checksum %%016llx\\n\", mix (h, g_acc));");
  line ("return 0;");
  ind = 0;
  line ("}");

  printf ("/* Generated by escfuzz %llu.  */\n\n", seed);
  printf ("#include <pthread.h>\n#include <stdint.h>\n#include <stdio.h>\n#include <stdlib.h>\n"
          "#include <string.h>\n\n");
  printf ("struct hold\n{\n  void *p;\n  size_t n;\n  unsigned tag;\n};\n\n");
  printf ("struct node\n{\n  struct node *next;\n  unsigned val;\n"
          "  unsigned char *data;\n  size_t n;\n};\n\n");
  printf ("static void *g_keep[%d];\n", nkeep ? nkeep : 1);
  printf ("static size_t g_keep_n[%d];\n", nkeep ? nkeep : 1);
  printf ("static struct hold *g_hold[%d];\n", nhold ? nhold : 1);
  printf ("static unsigned long long g_acc;\n");
  printf ("static volatile unsigned vseed = %uu;\n", vseed);
  printf ("static volatile unsigned vsz = %uu;\n\n", vsz);
  printf ("/* Mix V into the hash H.  */\n"
          "static inline unsigned long long\n"
          "mix (unsigned long long h, unsigned long long v)\n{\n"
          "  return (h ^ v) * 1099511628211ull;\n}\n\n");
  printf ("/* Allocator wrappers of the unit: they only allocate, and abort\n"
          "   when they get NULL.  */\n"
          "__attribute__ ((noinline, noclone, unused)) static void *\n"
          "fz_xmalloc (size_t n)\n{\n"
          "  void *p = malloc (n);\n"
          "  if (p == NULL)\n"
          "    abort ();\n"
          "  return p;\n}\n\n"
          "__attribute__ ((noinline, noclone, unused)) static void *\n"
          "fz_xcalloc (size_t n, size_t m)\n{\n"
          "  void *p = calloc (n, m);\n"
          "  if (!p)\n"
          "    abort ();\n"
          "  return p;\n}\n\n");
  printf ("/* Addresses of live (leaked) objects recorded by the launder\n"
          "   helpers; main checks that no two are equal.  */\n"
          "static uintptr_t g_addr[256];\n"
          "static unsigned g_naddr;\n\n");
  printf ("/* Hash and free the object in global slot S.  */\n"
          "static void\ndrain_one (unsigned s)\n{\n"
          "  const unsigned char *b = g_keep[s];\n"
          "  for (size_t i = 0; i < g_keep_n[s]; i++)\n"
          "    g_acc = mix (g_acc, b[i]);\n"
          "  free (g_keep[s]);\n"
          "  g_keep[s] = NULL;\n}\n\n");
  printf ("/* Hash and free everything the globals own.  */\n"
          "static void\ndrain (void)\n{\n"
          "  for (unsigned s = 0; s < sizeof g_keep / sizeof g_keep[0]; s++)\n"
          "    if (g_keep[s])\n"
          "      drain_one (s);\n"
          "  for (unsigned s = 0; s < sizeof g_hold / sizeof g_hold[0]; s++)\n"
          "    if (g_hold[s])\n"
          "      {\n"
          "        const unsigned char *b = g_hold[s]->p;\n"
          "        for (size_t i = 0; i < g_hold[s]->n; i++)\n"
          "          g_acc = mix (g_acc, b[i] ^ g_hold[s]->tag);\n"
          "        free (g_hold[s]->p);\n"
          "        free (g_hold[s]);\n"
          "        g_hold[s] = NULL;\n"
          "      }\n}\n\n");
  fwrite (buf_helpers.s, 1, buf_helpers.len, stdout);
  fwrite (buf_tests.s, 1, buf_tests.len, stdout);
  fwrite (buf_main.s, 1, buf_main.len, stdout);
}

/* Parse the seed and print the program.  */

int
main (int argc, char **argv)
{
  char *end;
  unsigned long long seed;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s SEED\n", argv[0]);
      return 2;
    }
  seed = strtoull (argv[1], &end, 0);
  if (*argv[1] == '\0' || *end != '\0')
    {
      fprintf (stderr, "%s: bad seed '%s'\n", argv[0], argv[1]);
      return 2;
    }
  rng_state = seed ^ 0x6a09e667f3bcc909ULL;
  gen_program (seed);
  return fflush (stdout) ? 1 : 0;
}
