using InvestPromo.Domain.Associations;

namespace InvestPromo.Application.Leads.Commands.RequestLeadOpinion;

/// <summary>The center asks chosen associations for their opinion on a lead (研判); each association's users are told.</summary>
public sealed record RequestLeadOpinionCommand(Guid Id, IReadOnlyList<Guid> AssociationIds, string Question, int Version) : ICommand<LeadDto>;

public sealed class RequestLeadOpinionValidator : AbstractValidator<RequestLeadOpinionCommand>
{
    public const int MaxAssociations = 20;

    public RequestLeadOpinionValidator()
    {
        RuleFor(x => x.AssociationIds).NotEmpty().Must(ids => ids.Count <= MaxAssociations)
            .WithMessage(_ => new Localized($"一次最多征求 {MaxAssociations} 个商协会的意见。", $"Ask at most {MaxAssociations} associations at once.").Current);
        RuleFor(x => x.Question).NotEmpty().MaximumLength(Domain.Leads.LeadOpinionRequest.TextMaxLength).MultiLineText();
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class RequestLeadOpinionHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RequestLeadOpinionCommand, LeadDto>
{
    public async ValueTask<LeadDto> Handle(RequestLeadOpinionCommand command, CancellationToken cancellationToken)
    {
        var lead = await db.LoadLeadForDecisionAsync(command.Id, command.Version, cancellationToken);
        var ids = command.AssociationIds.Distinct().ToList();
        var associations = await db.Associations.Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        if (associations.Count != ids.Count)
        {
            throw RequestValidationException.For("associationIds", new Localized("所选商协会不存在，请重新选择。", "A chosen association does not exist; choose again.").Current);
        }

        var now = clock.GetUtcNow();
        foreach (var association in associations.OrderBy(a => ids.IndexOf(a.Id)))
        {
            db.LeadOpinionRequests.Add(lead.RequestOpinion(association, command.Question, user.UserId, user.ActorName(), now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.LoadLeadDtoAsync(user, lead.Id, cancellationToken);
    }
}
