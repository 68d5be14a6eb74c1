namespace InvestPromo.Application.Associations.Queries.GetAssociation;

/// <summary>An association with its ratings, offices and members; officers' contacts only for the center.</summary>
public sealed record GetAssociationQuery(Guid Id) : IQuery<AssociationDetailDto>;

public sealed class GetAssociationHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetAssociationQuery, AssociationDetailDto>
{
    public async ValueTask<AssociationDetailDto> Handle(GetAssociationQuery query, CancellationToken cancellationToken) =>
        await AssociationRegistry.DetailAsync(db, user, query.Id, cancellationToken);
}
