/* words.c -- words of a line, each count with a scratch buffer (40, 64
   and 96 bytes).  */

#include <stdlib.h>
#include <string.h>
#include "tally.h"

/* The number of words of S (at most 63 bytes are looked at).  */

int
words_count (const char *s)
{
  char *flags = malloc (64);
  if (!flags)
    return -1;
  int n = 0, len = strlen (s);
  len = len > 63 ? 63 : len;
  for (int i = 0; i < len; i++)
    flags[i] = s[i] != ' ';
  for (int i = 0; i < len; i++)
    n += flags[i] && (i == 0 || !flags[i - 1]);
  free (flags);
  return n;
}

/* The length of the longest word of S.  */

int
words_longest (const char *s)
{
  int *lens = malloc (40);
  if (!lens)
    return -1;
  int k = 0, best = 0;
  lens[0] = 0;
  for (int i = 0; s[i]; i++)
    if (s[i] == ' ')
      k = k < 9 ? k + 1 : k, lens[k] = 0;
    else
      lens[k]++;
  for (int i = 0; i <= k; i++)
    best = lens[i] > best ? lens[i] : best;
  free (lens);
  return best;
}

/* The number of vowels of S (at most 95 bytes are looked at).  */

int
words_vowels (const char *s)
{
  char *copy = malloc (96);
  if (!copy)
    return -1;
  strncpy (copy, s, 95);
  copy[95] = 0;
  int n = 0;
  for (int i = 0; copy[i]; i++)
    n += strchr ("aeiou", copy[i]) != NULL;
  free (copy);
  return n;
}
