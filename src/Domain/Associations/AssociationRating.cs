using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Associations;

/// <summary>The level of a 四好商会 rating.</summary>
public enum AssociationRatingLevel
{
    /// <summary>全国.</summary>
    National = 1,

    /// <summary>省级.</summary>
    Provincial = 2,

    /// <summary>市级.</summary>
    Municipal = 3,
}

/// <summary>
/// One 四好商会 rating an association received (level and year): its ratings are a history. One per level and year among the
/// live rows (409 <c>association.rating-exists</c>, checked by <see cref="Add"/> against the association's live ratings).
/// </summary>
public sealed class AssociationRating : AuditableEntity
{
    public const int MinYear = 2000;
    public const int MaxYear = 2099;
    public const int NoteMaxLength = 200;

    private AssociationRating()
    {
    }

    public Guid AssociationId { get; private set; }

    public AssociationRatingLevel Level { get; private set; }

    public int Year { get; private set; }

    public string? Note { get; private set; }

    /// <summary>A rating; <paramref name="existing"/> are the association's live ratings.</summary>
    public static AssociationRating Add(
        Guid associationId, AssociationRatingLevel level, int year, string? note, IEnumerable<AssociationRating> existing, Guid? by, DateTimeOffset now)
    {
        if (!Enum.IsDefined(level))
        {
            throw DomainRuleException.Invalid("association.rating-invalid", "Unknown rating level.");
        }

        if (year is < MinYear or > MaxYear)
        {
            throw DomainRuleException.Invalid("association.rating-invalid", "The rating year must be between 2000 and 2099.");
        }

        if (existing.Any(r => r.AssociationId == associationId && r.Level == level && r.Year == year && !r.IsDeleted))
        {
            throw DomainRuleException.Conflict("association.rating-exists", "The association already has this rating for that year.");
        }

        var rating = new AssociationRating
        {
            AssociationId = associationId,
            Level = level,
            Year = year,
            Note = Guard.OptionalText(note, NoteMaxLength, "association.rating-invalid", "Note"),
        };
        rating.Stamp(by, now);
        return rating;
    }

    public void Remove(Guid? by, DateTimeOffset now) => MarkDeleted(by, now);
}
