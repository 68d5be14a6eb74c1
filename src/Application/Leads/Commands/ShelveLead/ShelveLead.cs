using InvestPromo.Domain.Leads;

namespace InvestPromo.Application.Leads.Commands.ShelveLead;

/// <summary>The center shelves a lead (搁置) with its reason.</summary>
public sealed record ShelveLeadCommand(Guid Id, string Reason, int Version) : ICommand<LeadDto>;

public sealed class ShelveLeadValidator : AbstractValidator<ShelveLeadCommand>
{
    public ShelveLeadValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(Lead.ReasonMaxLength).MultiLineText();
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class ShelveLeadHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ShelveLeadCommand, LeadDto>
{
    public async ValueTask<LeadDto> Handle(ShelveLeadCommand command, CancellationToken cancellationToken)
    {
        var lead = await db.LoadLeadForDecisionAsync(command.Id, command.Version, cancellationToken);
        lead.Shelve(command.Reason, user.UserId, user.ActorName(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.LoadLeadDtoAsync(user, lead.Id, cancellationToken);
    }
}
