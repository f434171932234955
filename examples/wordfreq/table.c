/* table.c -- the word table: entries and words live as long as it.  */
#include "wordfreq.h"

/* Return the hash of the N bytes of S.  */
static unsigned
hash (const char *s, size_t n)
{
  unsigned h = 5381;
  for (size_t i = 0; i < n; i++)
    h = h * 33 + (unsigned char) s[i];
  return h;
}

/* Count the word of N bytes at S in T.  */
void
table_add (struct table *t, const char *s, size_t n)
{
  unsigned b = hash (s, n) % 64;
  for (struct entry *e = t->buckets[b]; e; e = e->next)
    if (strlen (e->word) == n && memcmp (e->word, s, n) == 0)
      {
	e->count++;
	return;
      }
  struct entry *e = malloc (sizeof *e);
  if (!e)
    abort ();
  e->word = copy_word (s, n);
  e->count = 1;
  e->next = t->buckets[b];
  t->buckets[b] = e;
  t->words++;
}

/* Return the length of T's longest word, measured on a copy.  */
int
table_longest (const struct table *t)
{
  int best = 0;
  for (int b = 0; b < 64; b++)
    for (struct entry *e = t->buckets[b]; e; e = e->next)
      {
	char *w = copy_word (e->word, strlen (e->word));
	int n = (int) strlen (w);
	if (n > best)
	  best = n;
	free (w);
      }
  return best;
}

/* Free T's entries.  */
void
table_free (struct table *t)
{
  for (int b = 0; b < 64; b++)
    while (t->buckets[b])
      {
	struct entry *e = t->buckets[b];
	t->buckets[b] = e->next;
	free (e->word);
	free (e);
      }
}
