using System.Security.Cryptography;
using System.Text;

namespace InvestPromo.Domain.Objections;

/// <summary>
/// The code an objector keeps to check an objection's status later: 16 characters of Crockford's base32 (80 random bits),
/// shown in groups of four ("7K2M-Q9XD-4TBH-WN3R"). Reading it back forgives case, spaces, dashes and the look-alikes
/// O→0 and I/L→1. Only its SHA-256 is stored, so a database reader cannot look up anyone's objection.
/// </summary>
public static class ReceiptCode
{
    public const int Length = 16;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A new random code, formatted in groups of four.</summary>
    public static string New()
    {
        Span<byte> random = stackalloc byte[Length];
        RandomNumberGenerator.Fill(random);
        var builder = new StringBuilder(Length + 3);
        for (var i = 0; i < Length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                builder.Append('-');
            }

            builder.Append(Alphabet[random[i] & 31]);
        }

        return builder.ToString();
    }

    /// <summary>The 16 characters of a code as typed, or null when it cannot be one.</summary>
    public static string? Normalise(string? typed)
    {
        if (typed is null || typed.Length > 64)
        {
            return null;
        }

        var builder = new StringBuilder(Length);
        foreach (var raw in typed)
        {
            if (raw is ' ' or '-' or '\t')
            {
                continue;
            }

            var c = char.ToUpperInvariant(raw) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return null;
            }

            builder.Append(c);
        }

        return builder.Length == Length ? builder.ToString() : null;
    }

    /// <summary>Lower-case hex SHA-256 of a normalised code, as stored; null when the text cannot be a code.</summary>
    public static string? HashOf(string? typed) =>
        Normalise(typed) is { } code ? Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(code))) : null;
}
