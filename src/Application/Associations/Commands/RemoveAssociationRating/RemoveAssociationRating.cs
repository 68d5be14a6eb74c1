using InvestPromo.Domain.Associations;

namespace InvestPromo.Application.Associations.Commands.RemoveAssociationRating;

/// <summary>Removes a rating entered by mistake (soft delete, audited).</summary>
public sealed record RemoveAssociationRatingCommand(Guid AssociationId, Guid RatingId, int Version) : ICommand;

public sealed class RemoveAssociationRatingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RemoveAssociationRatingCommand>
{
    public async ValueTask<Unit> Handle(RemoveAssociationRatingCommand command, CancellationToken cancellationToken)
    {
        var rating = await db.AssociationRatings.FirstOrDefaultAsync(r => r.Id == command.RatingId && r.AssociationId == command.AssociationId, cancellationToken)
            ?? throw new NotFoundException(nameof(AssociationRating), command.RatingId);
        db.ExpectVersion(rating, command.Version);
        rating.Remove(user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
