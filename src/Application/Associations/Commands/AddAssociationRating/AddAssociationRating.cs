using InvestPromo.Domain.Associations;

namespace InvestPromo.Application.Associations.Commands.AddAssociationRating;

/// <summary>A 四好商会 rating (level, year); one per level and year: 409 <c>association.rating-exists</c>.</summary>
public sealed record AddAssociationRatingCommand(Guid AssociationId, AssociationRatingLevel Level, int Year, string? Note) : ICommand<AssociationRatingDto>;

public sealed class AddAssociationRatingValidator : AbstractValidator<AddAssociationRatingCommand>
{
    public AddAssociationRatingValidator()
    {
        RuleFor(x => x.Level).IsDefinedValue();
        RuleFor(x => x.Year).InclusiveBetween(AssociationRating.MinYear, AssociationRating.MaxYear);
        RuleFor(x => x.Note).MaximumLength(AssociationRating.NoteMaxLength).SingleLineText();
    }
}

public sealed class AddAssociationRatingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AddAssociationRatingCommand, AssociationRatingDto>
{
    public async ValueTask<AssociationRatingDto> Handle(AddAssociationRatingCommand command, CancellationToken cancellationToken)
    {
        var association = await db.Associations.FirstOrDefaultAsync(a => a.Id == command.AssociationId, cancellationToken)
            ?? throw new NotFoundException(nameof(Association), command.AssociationId);
        var existing = await db.AssociationRatings.Where(r => r.AssociationId == association.Id && r.Level == command.Level && r.Year == command.Year)
            .ToListAsync(cancellationToken);
        var rating = AssociationRating.Add(association.Id, command.Level, command.Year, command.Note, existing, user.UserId, clock.GetUtcNow());
        db.AssociationRatings.Add(rating);
        await db.SaveChangesAsync(cancellationToken);
        return new AssociationRatingDto(rating.Id, rating.AssociationId, rating.Level, rating.Year, rating.Note, rating.Version);
    }
}
